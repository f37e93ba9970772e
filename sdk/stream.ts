import * as pulumi from "@pulumi/pulumi";
import type { StreamInputs } from "../provider";
import { COMMON_OUTPUTS, type CommonArgs } from "./common-args";
import { serializedProvider } from "./dynamic-provider";

/** Arguments of a {@link Stream}. */
export interface StreamArgs extends CommonArgs {
  /** Full name of the cluster that holds the stream: pass a `Cluster`'s `name` output. */
  cluster: pulumi.Input<string>;
  /** Stream ID (AIP-122). Defaults to the Pulumi resource name. */
  streamId?: pulumi.Input<string>;
  /** Allow HLS playback (needed for `generateStreamHlsToken`). */
  enableHlsPlayback?: pulumi.Input<boolean>;
  /** Media Warehouse asset the stream's data is stored in. */
  mediaWarehouseAsset?: pulumi.Input<string>;
}

/** A Vision AI stream (one camera's video flow) inside a cluster. */
export class Stream extends pulumi.dynamic.Resource {
  /** Full resource name, `{cluster}/streams/{streamId}`. */
  declare public readonly name: pulumi.Output<string>;
  declare public readonly cluster: pulumi.Output<string>;
  declare public readonly streamId: pulumi.Output<string>;
  declare public readonly displayName: pulumi.Output<string>;
  declare public readonly description: pulumi.Output<string>;
  declare public readonly enableHlsPlayback: pulumi.Output<boolean>;
  declare public readonly mediaWarehouseAsset: pulumi.Output<string>;
  declare public readonly labels: pulumi.Output<Record<string, string>>;
  declare public readonly annotations: pulumi.Output<Record<string, string>>;
  declare public readonly createTime: pulumi.Output<string>;
  declare public readonly updateTime: pulumi.Output<string>;

  constructor(name: string, args: StreamArgs, opts?: pulumi.CustomResourceOptions) {
    const inputs: Record<keyof StreamInputs, unknown> = {
      cluster: args.cluster,
      streamId: args.streamId ?? name,
      displayName: args.displayName,
      description: args.description,
      enableHlsPlayback: args.enableHlsPlayback,
      mediaWarehouseAsset: args.mediaWarehouseAsset,
      labels: args.labels,
      annotations: args.annotations,
      adoptExisting: args.adoptExisting,
      timeouts: args.timeouts,
    };
    super(serializedProvider("Stream"), name, { ...inputs, ...COMMON_OUTPUTS }, opts, "visionai", "Stream");
  }
}
