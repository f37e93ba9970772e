import * as path from "node:path";
import type { GrpcClient } from "google-gax";
import type * as protobuf from "protobufjs";
import type { WireAny } from "./wire-types";

/** Root of the official Google protos shipped in `google-proto-files`; nothing is copied into this repo. */
export const GOOGLE_PROTOS_DIR = path.dirname(require.resolve("google-proto-files/package.json"));

const SERVICE_FILES = [
  "google/cloud/visionai/v1/streams_service.proto",
  "google/longrunning/operations.proto",
];

/** Messages that arrive packed in google.protobuf.Any or in `grpc-status-details-bin`. */
const PACKED_FILES = [...SERVICE_FILES, "google/rpc/status.proto", "google/rpc/error_details.proto"];

/** A gRPC client constructor produced by the proto loader (one per service). */
export interface StubConstructor {
  new (...args: never[]): unknown;
  service: Record<string, unknown>;
}

export interface ServiceConstructors {
  streamsService: StubConstructor;
  operations: StubConstructor;
}

interface LoadedPackage {
  google: {
    cloud: { visionai: { v1: { StreamsService: StubConstructor } } };
    longrunning: { Operations: StubConstructor };
  };
}

/** Loads the two services through gax (camelCase fields, enums by name, int64 as strings). */
export function loadServiceConstructors(grpcClient: GrpcClient): ServiceConstructors {
  const loaded = grpcClient.loadProto(GOOGLE_PROTOS_DIR, SERVICE_FILES) as unknown as LoadedPackage;
  return {
    streamsService: loaded.google.cloud.visionai.v1.StreamsService,
    operations: loaded.google.longrunning.Operations,
  };
}

let packedRoot: protobuf.Root | undefined;

/** A protobufjs root for decoding Any payloads and status details; loaded once per process. */
export function packedMessagesRoot(): protobuf.Root {
  if (packedRoot) return packedRoot;
  // Loaded on first use: only a failed call or a finished operation needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Root } = require("protobufjs") as typeof import("protobufjs");
  const root = new Root();
  root.resolvePath = (_origin, target) =>
    path.isAbsolute(target) ? target : path.join(GOOGLE_PROTOS_DIR, target);
  root.loadSync(PACKED_FILES);
  root.resolveAll();
  packedRoot = root;
  return root;
}

/** Decodes one message to a plain object in the same shape the gRPC stubs produce. */
export function decodeMessage(typeName: string, bytes: Uint8Array): Record<string, unknown> {
  const type = packedMessagesRoot().lookupType(typeName);
  return type.toObject(type.decode(bytes), { longs: String, enums: String, defaults: true, oneofs: true });
}

/** The message type packed in an Any: `type.googleapis.com/google.cloud.visionai.v1.Cluster` gives `google.cloud.visionai.v1.Cluster`. */
export function typeNameOf(any: WireAny): string {
  const typeUrl = any.typeUrl ?? any.type_url ?? "";
  return typeUrl.slice(typeUrl.lastIndexOf("/") + 1);
}
