/**
 * TypeScript shapes of the google.cloud.visionai.v1 messages as the gRPC stubs exchange them (proto-loader
 * with camelCase field names, enums by name, int64 as decimal strings). The protos themselves come from
 * `google-proto-files`; these declarations only describe the fields this client reads or writes.
 */
import type { WireTimestamp } from "../kinds";

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
