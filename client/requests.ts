import type { ChannelInput, ClusterInput, EventInput, SeriesInput, StreamInput } from "./resources";
import type { UpdateMaskInput } from "./update-mask";

/**
 * The argument of each client method: the seed's parameters in camelCase, in one object. List methods take
 * `ListRequest` (resource-calls.ts).
 */

/** Optional on every mutation: the request_id sent on each attempt; a fresh UUID v4 when left out. */
export interface Idempotent {
  requestId?: string;
}

export type GetRequest = { name: string };
export type DeleteRequest = { name: string } & Idempotent;
export type CreateClusterRequest = { parent: string; clusterId: string; cluster: ClusterInput } & Idempotent;
export type CreateStreamRequest = { parent: string; streamId: string; stream: StreamInput } & Idempotent;
export type CreateEventRequest = { parent: string; eventId: string; event: EventInput } & Idempotent;
export type CreateSeriesRequest = { parent: string; seriesId: string; series: SeriesInput } & Idempotent;
/** `updateMask`: fields to change, camelCase or snake_case; left out, every updatable field is replaced. */
export type UpdateClusterRequest = {
  cluster: ClusterInput & { name: string };
  updateMask?: UpdateMaskInput;
} & Idempotent;
export type UpdateStreamRequest = {
  stream: StreamInput & { name: string };
  updateMask?: UpdateMaskInput;
} & Idempotent;
export type UpdateEventRequest = {
  event: EventInput & { name: string };
  updateMask?: UpdateMaskInput;
} & Idempotent;
export type UpdateSeriesRequest = {
  series: SeriesInput & { name: string };
  updateMask?: UpdateMaskInput;
} & Idempotent;
/** `event`: the event to take the thumbnail from; the latest one when left out. */
export type GetStreamThumbnailRequest = {
  stream: string;
  gcsObjectName: string;
  event?: string;
} & Idempotent;
export type GenerateStreamHlsTokenRequest = { stream: string };
export type MaterializeChannelRequest = {
  parent: string;
  channelId: string;
  channel: ChannelInput;
} & Idempotent;
