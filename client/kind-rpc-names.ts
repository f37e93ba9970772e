import type { KindRpcNames } from "./resource-calls";

/** How each kind's RPCs and request fields are spelled on the wire (camelCase, as the gRPC stubs take them). */
export const CLUSTER_RPC_NAMES: KindRpcNames = {
  singular: "Cluster",
  plural: "Clusters",
  collection: "clusters",
  bodyField: "cluster",
  idField: "clusterId",
  parentKind: "location",
};

export const STREAM_RPC_NAMES: KindRpcNames = {
  singular: "Stream",
  plural: "Streams",
  collection: "streams",
  bodyField: "stream",
  idField: "streamId",
  parentKind: "cluster",
};

export const EVENT_RPC_NAMES: KindRpcNames = {
  singular: "Event",
  plural: "Events",
  collection: "events",
  bodyField: "event",
  idField: "eventId",
  parentKind: "cluster",
};

export const SERIES_RPC_NAMES: KindRpcNames = {
  singular: "Series",
  plural: "Series",
  collection: "series",
  bodyField: "series",
  idField: "seriesId",
  parentKind: "cluster",
};
