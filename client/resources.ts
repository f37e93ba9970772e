import type { Duration, DurationInput } from "./durations";

/**
 * Resource shapes as the client returns them: the seed's fields in camelCase, plus what v1 adds
 * (`annotations`, `dataplaneServiceEndpoint`). Strings default to "", maps to {}, booleans to false, as in
 * proto3; timestamps are Dates and are absent when the server did not set them.
 */
interface ResourceFields {
  /** Full resource name, e.g. `projects/p/locations/l/clusters/c`. */
  name: string;
  labels: Record<string, string>;
  /** User annotations; the client's reserved `pulumi-visionai/*` keys never appear here. */
  annotations: Record<string, string>;
  createTime?: Date;
  updateTime?: Date;
}

export type ClusterState = "STATE_UNSPECIFIED" | "PROVISIONING" | "RUNNING" | "STOPPING" | "ERROR";

export interface Cluster extends ResourceFields {
  displayName: string;
  description: string;
  /** Output only. */
  state: ClusterState;
  /** Output only: the Private Service Connect target. */
  pscTarget: string;
  /** Output only. */
  dataplaneServiceEndpoint: string;
}

export interface Stream extends ResourceFields {
  displayName: string;
  description: string;
  enableHlsPlayback: boolean;
  mediaWarehouseAsset: string;
}

/** v1 clock names. */
export type AlignmentClock = "CLOCK_UNSPECIFIED" | "CAPTURE" | "INGEST";

/** Accepted on input: the v1 names, the seed's `LIVE` (an alias of INGEST) and its unspecified name. */
export type AlignmentClockInput = AlignmentClock | "LIVE" | "ALIGNMENT_CLOCK_UNSPECIFIED";

export interface Event extends ResourceFields {
  displayName: string;
  description: string;
  alignmentClock: AlignmentClock;
  /** Always returned as `{ seconds, nanos }`; absent when the event has none. */
  gracePeriod?: Duration;
}

export interface Series extends ResourceFields {
  displayName: string;
  description: string;
  /** Full name of the stream the series records. */
  stream: string;
  /** Full name of the event the series belongs to. */
  event: string;
}

export interface Channel extends ResourceFields {
  stream: string;
  event: string;
}

/** The seed's (empty) channel input configuration; accepted, never sent (v1 has no such field). */
export type ChannelInputConfig = Record<string, unknown>;

/**
 * What a caller may pass where a resource is sent: any subset of its fields. Output-only fields (state,
 * times, endpoints) are accepted, so a fetched resource can be passed back, and ignored.
 */
export type ClusterInput = Partial<Cluster>;
export type StreamInput = Partial<Stream>;
export type SeriesInput = Partial<Series>;

export interface EventInput extends Partial<Omit<Event, "gracePeriod" | "alignmentClock">> {
  /** `{ seconds, nanos }` or a string such as "30s" or "1.5s". */
  gracePeriod?: DurationInput;
  alignmentClock?: AlignmentClockInput;
}

export interface ChannelInput extends Partial<Channel> {
  inputConfig?: ChannelInputConfig;
}

/** Result of GenerateStreamHlsToken: a JWT for `Authorization: Bearer` on the HLS playlist. */
export interface StreamHlsToken {
  token: string;
  expirationTime?: Date;
}

/** Result of a GetStreamThumbnail operation: the image is in the Cloud Storage object that was named. */
export type StreamThumbnail = Record<string, never>;
