import * as pulumi from "@pulumi/pulumi";
import type { ChannelInputs } from "../provider";
import { COMMON_OUTPUTS, type CommonArgs } from "./common-args";
import { serializedProvider } from "./dynamic-provider";

/** Arguments of a {@link Channel}. */
export interface ChannelArgs extends Omit<CommonArgs, "displayName" | "description"> {
  /** Full name of the cluster that holds the channel: pass a `Cluster`'s `name` output. */
  cluster: pulumi.Input<string>;
  /** Channel ID (AIP-122). Defaults to the Pulumi resource name. */
  channelId?: pulumi.Input<string>;
  /** Full name of the source stream in the same cluster: pass a `Stream`'s `name` output. */
  stream: pulumi.Input<string>;
  /** Full name of the source event in the same cluster: pass an `Event`'s `name` output. */
  event: pulumi.Input<string>;
  /** Accepted for compatibility with the seed's API (an empty message); v1 has no such field. */
  inputConfig?: pulumi.Input<Record<string, never>>;
}

/**
 * A channel materialized from a stream and an event.
 *
 * Vision AI v1 cannot read, update or delete channels: every change replaces the channel (give it a new
 * `channelId`), `pulumi refresh` keeps the recorded state, and `pulumi destroy` only forgets it; the
 * service removes it together with its stream, event or cluster.
 */
export class Channel extends pulumi.dynamic.Resource {
  /** Full resource name, `{cluster}/channels/{channelId}`. */
  declare public readonly name: pulumi.Output<string>;
  declare public readonly cluster: pulumi.Output<string>;
  declare public readonly channelId: pulumi.Output<string>;
  declare public readonly stream: pulumi.Output<string>;
  declare public readonly event: pulumi.Output<string>;
  declare public readonly labels: pulumi.Output<Record<string, string>>;
  declare public readonly annotations: pulumi.Output<Record<string, string>>;
  declare public readonly createTime: pulumi.Output<string>;
  declare public readonly updateTime: pulumi.Output<string>;

  constructor(name: string, args: ChannelArgs, opts?: pulumi.CustomResourceOptions) {
    const inputs: Record<keyof ChannelInputs, unknown> = {
      cluster: args.cluster,
      channelId: args.channelId ?? name,
      stream: args.stream,
      event: args.event,
      inputConfig: args.inputConfig,
      labels: args.labels,
      annotations: args.annotations,
      adoptExisting: args.adoptExisting,
      timeouts: args.timeouts,
    };
    super(serializedProvider("Channel"), name, { ...inputs, ...COMMON_OUTPUTS }, opts, "visionai", "Channel");
  }
}
