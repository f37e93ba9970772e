/** google.protobuf.Timestamp as proto-loader carries it (int64 seconds as a decimal string). */
export interface Timestamp {
  seconds: string;
  nanos: number;
}

/** A Cluster, Stream, Event, Series or Channel in its wire shape (snake_case fields), as stored. */
export interface WireResource {
  name: string;
  create_time: Timestamp;
  update_time: Timestamp;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  [field: string]: unknown;
}

export function timestampFromMillis(millis: number): Timestamp {
  const seconds = Math.floor(millis / 1000);
  return { seconds: String(seconds), nanos: (millis - seconds * 1000) * 1_000_000 };
}
