/**
 * google.protobuf.Timestamp and Duration as the gRPC stubs exchange them (proto-loader: int64 as a decimal
 * string or a number).
 */

export interface WireTimestamp {
  seconds: string | number;
  nanos: number;
}

export interface WireDuration {
  seconds: string | number;
  nanos: number;
}
