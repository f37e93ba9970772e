/**
 * TypeScript shapes of the google.cloud.visionai.v1 messages as the gRPC stubs exchange them (proto-loader
 * with camelCase field names, enums by name, int64 as decimal strings). The protos themselves come from
 * `google-proto-files`; these declarations only describe the fields this client reads or writes.
 */

export interface WireTimestamp {
  seconds: string | number;
  nanos: number;
}

export interface WireDuration {
  seconds: string | number;
  nanos: number;
}

/** The stubs keep Any's `type_url` spelling; protobufjs decoding gives `typeUrl`. */
export interface WireAny {
  typeUrl?: string;
  type_url?: string;
  value: Uint8Array;
}

export interface WireStatus {
  code: number;
  message: string;
  details?: WireAny[];
}

export interface WireFieldMask {
  paths: string[];
}

/** Fields every StreamsService resource has. */
export interface WireResource {
  name?: string;
  createTime?: WireTimestamp | null;
  updateTime?: WireTimestamp | null;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface WireCluster extends WireResource {
  dataplaneServiceEndpoint?: string;
  state?: string;
  pscTarget?: string;
}

export interface WireStream extends WireResource {
  displayName?: string;
  enableHlsPlayback?: boolean;
  mediaWarehouseAsset?: string;
}

export interface WireEvent extends WireResource {
  alignmentClock?: string;
  gracePeriod?: WireDuration | null;
}

export interface WireSeries extends WireResource {
  stream?: string;
  event?: string;
}

export interface WireChannel extends WireResource {
  stream?: string;
  event?: string;
}

export interface WireOperation {
  name: string;
  metadata?: WireAny | null;
  done: boolean;
  error?: WireStatus | null;
  response?: WireAny | null;
  result?: string;
}

export interface WireOperationMetadata {
  createTime?: WireTimestamp | null;
  endTime?: WireTimestamp | null;
  target?: string;
  verb?: string;
  statusMessage?: string;
  requestedCancellation?: boolean;
  apiVersion?: string;
}

export interface WireGenerateStreamHlsTokenResponse {
  token: string;
  expirationTime?: WireTimestamp | null;
}
