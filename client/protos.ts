import * as path from "node:path";
import type * as grpc from "@grpc/grpc-js";
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

/** protobufjs's object conversion, as the stubs decode responses: enums by name, int64 as strings, defaults and oneofs set. */
const TO_OBJECT: protobuf.IConversionOptions = { longs: String, enums: String, defaults: true, oneofs: true };

/** The services the client calls, by their full proto names. */
export const SERVICE_NAMES = {
  streams: "google.cloud.visionai.v1.StreamsService",
  operations: "google.longrunning.Operations",
} as const;

let descriptor: protobuf.INamespace | undefined;

/**
 * The precompiled descriptor, read on first use. Parsing the `.proto` text instead (what `loadProto`
 * does) costs every process that calls the service a parse of a dozen files at start.
 */
export function protoDescriptor(): protobuf.INamespace {
  // A JSON file beside this module (the build copies it into dist/client), required rather than imported
  // so a process that never calls the service never reads it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  descriptor ??= require("./protos.json") as protobuf.INamespace;
  return descriptor;
}

let root: protobuf.Root | undefined;

/**
 * One protobufjs root for the descriptor, built on first use and shared by the stubs' codecs and the
 * decoding of packed messages (operation results, status details): building it is most of the client's
 * start-up cost, so a process builds it once.
 */
export function protoRoot(): protobuf.Root {
  if (root) return root;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Root } = require("protobufjs") as typeof import("protobufjs");
  root = Root.fromJSON(protoDescriptor());
  root.resolveAll();
  return root;
}

/**
 * The gRPC definition of one service from the descriptor: every method unary, at its path
 * `/package.Service/Method`, its request encoded from and its response decoded to plain objects with the
 * field names of the descriptor (camelCase), as @grpc/proto-loader would make it, without building a
 * second root.
 */
export function serviceDefinition(serviceName: string): grpc.ServiceDefinition {
  const service = protoRoot().lookupService(serviceName);
  const definition: Record<string, grpc.MethodDefinition<object, object>> = {};
  for (const method of service.methodsArray) {
    const requestType = method.resolvedRequestType!;
    const responseType = method.resolvedResponseType!;
    definition[method.name] = {
      path: `/${serviceName}/${method.name}`,
      requestStream: false,
      responseStream: false,
      requestSerialize: (value: object) =>
        Buffer.from(requestType.encode(requestType.fromObject(value)).finish()),
      requestDeserialize: (bytes: Buffer) => requestType.toObject(requestType.decode(bytes), TO_OBJECT),
      responseSerialize: (value: object) =>
        Buffer.from(responseType.encode(responseType.fromObject(value)).finish()),
      responseDeserialize: (bytes: Buffer) => responseType.toObject(responseType.decode(bytes), TO_OBJECT),
    };
  }
  return definition as grpc.ServiceDefinition;
}

/** Decodes one message to a plain object in the same shape the gRPC stubs produce. */
export function decodeMessage(typeName: string, bytes: Uint8Array): Record<string, unknown> {
  const type = protoRoot().lookupType(typeName);
  return type.toObject(type.decode(bytes), TO_OBJECT);
}

/** The message type packed in an Any: `type.googleapis.com/google.cloud.visionai.v1.Cluster` gives `google.cloud.visionai.v1.Cluster`. */
export function typeNameOf(any: WireAny): string {
  const typeUrl = any.typeUrl ?? any.type_url ?? "";
  return typeUrl.slice(typeUrl.lastIndexOf("/") + 1);
}
