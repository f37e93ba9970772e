/**
 * pulumi-visionai: Pulumi resources for Google Cloud Vision AI streaming infrastructure.
 *
 * Resource classes manage clusters, streams, events, series and channels as code; the StreamsService
 * client is re-exported for scripts.
 */
export { Cluster, type ClusterArgs } from "./cluster";
export type { OperationTimeouts } from "../provider";
