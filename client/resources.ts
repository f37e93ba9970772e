import type { ClientInputOf, ClientResourceOf } from "../kinds";
import type { CHANNEL, CLUSTER, CLUSTER_STATES, EVENT, SERIES, STREAM, alignmentClock } from "../kinds";

/**
 * Resource shapes as the client returns them, derived from the kind tables (kinds/): the seed's fields in
 * camelCase plus what v1 adds (`annotations`, `dataplaneServiceEndpoint`). Strings default to "", maps to {},
 * booleans to false, as in proto3; timestamps are Dates and are absent when the server did not set them;
 * `annotations` never holds the reserved `pulumi-visionai/*` keys.
 */
export type Cluster = ClientResourceOf<typeof CLUSTER>;
export type Stream = ClientResourceOf<typeof STREAM>;
export type Event = ClientResourceOf<typeof EVENT>;
export type Series = ClientResourceOf<typeof SERIES>;
export type Channel = ClientResourceOf<typeof CHANNEL>;

export type ClusterState = (typeof CLUSTER_STATES)[number];

/** v1 clock names. */
export type AlignmentClock = NonNullable<(typeof alignmentClock)["forms"]>["value"];

/** Accepted on input: the v1 names, the seed's `LIVE` (an alias of INGEST) and its unspecified name. */
export type AlignmentClockInput = NonNullable<(typeof alignmentClock)["forms"]>["input"];

/**
 * What a caller may pass where a resource is sent: any subset of its fields (an event's `gracePeriod` as
 * `{ seconds, nanos }` or "30s"). Output-only fields are accepted, so a fetched resource can be passed back,
 * and ignored.
 */
export type ClusterInput = ClientInputOf<typeof CLUSTER>;
export type StreamInput = ClientInputOf<typeof STREAM>;
export type EventInput = ClientInputOf<typeof EVENT>;
export type SeriesInput = ClientInputOf<typeof SERIES>;
/** `inputConfig` is the seed's (empty) channel configuration: accepted, never sent (v1 has no such field). */
export type ChannelInput = ClientInputOf<typeof CHANNEL>;

/** Result of GenerateStreamHlsToken: a JWT for `Authorization: Bearer` on the HLS playlist. */
export interface StreamHlsToken {
  token: string;
  expirationTime?: Date;
}

/** Result of a GetStreamThumbnail operation: the image is in the Cloud Storage object that was named. */
export type StreamThumbnail = Record<string, never>;
