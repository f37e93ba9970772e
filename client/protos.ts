import * as path from "node:path";
import type { GrpcClient } from "google-gax";
import type * as protobuf from "protobufjs";
import type { WireAny } from "./wire-types";

/** Root of the official Google protos shipped in `google-proto-files`; nothing is copied into this repo. */
export const GOOGLE_PROTOS_DIR = path.dirname(require.resolve("google-proto-files/package.json"));

/**
 * The protos client/protos.json holds, generated from google-proto-files by `npm run gen-proto-descriptor`
 * (scripts/proto-descriptor.ts): the two services, and the messages that arrive packed in
 * google.protobuf.Any or in `grpc-status-details-bin`.
 */
export const PROTO_FILES = [
  "google/cloud/visionai/v1/streams_service.proto",
  "google/longrunning/operations.proto",
  "google/rpc/status.proto",
  "google/rpc/error_details.proto",
] as const;

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

let descriptor: protobuf.INamespace | undefined;

/**
 * The precompiled descriptor, read on first use. Parsing the `.proto` text instead (what gax's `loadProto`
 * does) costs every process that calls the service a parse of a dozen files at start.
 */
export function protoDescriptor(): protobuf.INamespace {
  // A JSON file beside this module (the build copies it into dist/client), required rather than imported
  // so a process that never calls the service never reads it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  descriptor ??= require("./protos.json") as protobuf.INamespace;
  return descriptor;
}

/** Loads the two services through gax (camelCase fields, enums by name, int64 as strings). */
export function loadServiceConstructors(grpcClient: GrpcClient): ServiceConstructors {
  const loaded = grpcClient.loadProtoJSON(protoDescriptor()) as unknown as LoadedPackage;
  return {
    streamsService: loaded.google.cloud.visionai.v1.StreamsService,
    operations: loaded.google.longrunning.Operations,
  };
}

let packedRoot: protobuf.Root | undefined;

/** A protobufjs root for decoding Any payloads and status details; built once per process. */
export function packedMessagesRoot(): protobuf.Root {
  if (packedRoot) return packedRoot;
  // Loaded on first use: only a failed call or a finished operation needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Root } = require("protobufjs") as typeof import("protobufjs");
  packedRoot = Root.fromJSON(protoDescriptor());
  packedRoot.resolveAll();
  return packedRoot;
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
