/**
 * pulumi-visionai: Pulumi resources for Google Cloud Vision AI streaming infrastructure.
 *
 * Resource classes manage clusters, streams, events, series and channels as code; the StreamsService client is
 * re-exported for scripts.
 */
export { Cluster, type ClusterArgs } from "./cluster";
export { Stream, type StreamArgs } from "./stream";
export { Event, type EventArgs } from "./event";
export { Series, type SeriesArgs } from "./series";
export { Channel, type ChannelArgs } from "./channel";
export type { OperationTimeouts } from "../provider";
export type { DurationInput } from "../client";
export {
  getCluster,
  getClusterOutput,
  getStream,
  getStreamOutput,
  getEvent,
  getEventOutput,
  getSeries,
  getSeriesOutput,
  getStreamHlsToken,
  getStreamHlsTokenOutput,
  type LookupArgs,
} from "./lookups";

/** The StreamsService client for scripts; its resource types are under the `client` namespace. */
export { StreamsServiceClient, VisionAiError, Operation } from "../client";
export * as client from "../client";
