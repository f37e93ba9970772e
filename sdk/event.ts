import * as pulumi from "@pulumi/pulumi";
import type { EventInputs } from "../provider";
import { COMMON_OUTPUTS, type CommonArgs } from "./common-args";
import { serializedProvider } from "./dynamic-provider";

/** A duration as the seed writes it (`{ seconds: 30 }`) or as a string (`"30s"`, `"1.5s"`). */
export type DurationInput = string | { seconds?: number; nanos?: number };

/** Arguments of an {@link Event}. */
export interface EventArgs extends CommonArgs {
  /** Full name of the cluster that holds the event: pass a `Cluster`'s `name` output. */
  cluster: pulumi.Input<string>;
  /** Event ID (AIP-122). Defaults to the Pulumi resource name. */
  eventId?: pulumi.Input<string>;
  /** How long the event stays open after its last data. Recorded in state as a string such as "30s". */
  gracePeriod?: pulumi.Input<DurationInput>;
  /** `CAPTURE` (time of capture) or `INGEST` (time received); `LIVE` is accepted as an alias of `INGEST`. */
  alignmentClock?: pulumi.Input<"CAPTURE" | "INGEST" | "LIVE">;
}

/** A Vision AI event: something that happens, which series join to streams over time. */
export class Event extends pulumi.dynamic.Resource {
  /** Full resource name, `{cluster}/events/{eventId}`. */
  declare public readonly name: pulumi.Output<string>;
  declare public readonly cluster: pulumi.Output<string>;
  declare public readonly eventId: pulumi.Output<string>;
  declare public readonly displayName: pulumi.Output<string>;
  declare public readonly description: pulumi.Output<string>;
  declare public readonly gracePeriod: pulumi.Output<string | undefined>;
  declare public readonly alignmentClock: pulumi.Output<"CAPTURE" | "INGEST" | undefined>;
  declare public readonly labels: pulumi.Output<Record<string, string>>;
  declare public readonly annotations: pulumi.Output<Record<string, string>>;
  declare public readonly createTime: pulumi.Output<string>;
  declare public readonly updateTime: pulumi.Output<string>;

  constructor(name: string, args: EventArgs, opts?: pulumi.CustomResourceOptions) {
    const inputs: Record<keyof EventInputs, unknown> = {
      cluster: args.cluster,
      eventId: args.eventId ?? name,
      displayName: args.displayName,
      description: args.description,
      gracePeriod: args.gracePeriod,
      alignmentClock: args.alignmentClock,
      labels: args.labels,
      annotations: args.annotations,
      adoptExisting: args.adoptExisting,
      timeouts: args.timeouts,
    };
    super(serializedProvider("Event"), name, { ...inputs, ...COMMON_OUTPUTS }, opts, "visionai", "Event");
  }
}
