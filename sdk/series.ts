import * as pulumi from "@pulumi/pulumi";
import type { SeriesInputs } from "../provider";
import { COMMON_OUTPUTS, type CommonArgs } from "./common-args";
import { serializedProvider } from "./dynamic-provider";

/** Arguments of a {@link Series}. */
export interface SeriesArgs extends CommonArgs {
  /** Full name of the cluster that holds the series: pass a `Cluster`'s `name` output. */
  cluster: pulumi.Input<string>;
  /** Series ID (AIP-122). Defaults to the Pulumi resource name. */
  seriesId?: pulumi.Input<string>;
  /** Full name of a stream in the same cluster: pass a `Stream`'s `name` output. */
  stream: pulumi.Input<string>;
  /** Full name of an event in the same cluster: pass an `Event`'s `name` output. */
  event: pulumi.Input<string>;
}

/**
 * A Vision AI series: one stream joined to one event over time. Passing the stream's and event's `name`
 * outputs makes the series depend on both, so Pulumi deletes it before either.
 */
export class Series extends pulumi.dynamic.Resource {
  /** Full resource name, `{cluster}/series/{seriesId}`. */
  declare public readonly name: pulumi.Output<string>;
  declare public readonly cluster: pulumi.Output<string>;
  declare public readonly seriesId: pulumi.Output<string>;
  declare public readonly stream: pulumi.Output<string>;
  declare public readonly event: pulumi.Output<string>;
  declare public readonly displayName: pulumi.Output<string>;
  declare public readonly description: pulumi.Output<string>;
  declare public readonly labels: pulumi.Output<Record<string, string>>;
  declare public readonly annotations: pulumi.Output<Record<string, string>>;
  declare public readonly createTime: pulumi.Output<string>;
  declare public readonly updateTime: pulumi.Output<string>;

  constructor(name: string, args: SeriesArgs, opts?: pulumi.CustomResourceOptions) {
    const inputs: Record<keyof SeriesInputs, unknown> = {
      cluster: args.cluster,
      seriesId: args.seriesId ?? name,
      stream: args.stream,
      event: args.event,
      displayName: args.displayName,
      description: args.description,
      labels: args.labels,
      annotations: args.annotations,
      adoptExisting: args.adoptExisting,
      timeouts: args.timeouts,
    };
    super(serializedProvider("Series"), name, { ...inputs, ...COMMON_OUTPUTS }, opts, "visionai", "Series");
  }
}
