import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import * as path from "node:path";
import * as protobuf from "protobufjs";
import { controlProtoPath } from "../../../emulator";

/**
 * Conformance tests speak to the emulator only over gRPC, with the official protos, as any client would.
 */

const PROTOS_DIR = path.dirname(require.resolve("google-proto-files/package.json"));
const SERVICE_FILES = [
  "google/cloud/visionai/v1/streams_service.proto",
  "google/longrunning/operations.proto",
];

const definition = protoLoader.loadSync([...SERVICE_FILES, controlProtoPath()], {
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [PROTOS_DIR],
});
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const tree = grpc.loadPackageDefinition(definition) as any;

const root = new protobuf.Root();
root.resolvePath = (_origin, target) => (path.isAbsolute(target) ? target : path.join(PROTOS_DIR, target));
root.loadSync(
  [
    ...SERVICE_FILES,
    "google/rpc/status.proto",
    "google/rpc/error_details.proto",
    "google/protobuf/empty.proto",
  ],
  {
    keepCase: true,
  },
);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = Record<string, any>;

type UnaryMethod = (
  request: Message,
  metadata: grpc.Metadata,
  callback: (error: grpc.ServiceError | null, response: Message) => void,
) => void;

type UnaryCall = (method: string, request: Message, metadata?: grpc.Metadata) => Promise<Message>;

function unaryCaller(client: grpc.Client): UnaryCall {
  return (method, request, metadata = new grpc.Metadata()) =>
    new Promise((resolve, reject) => {
      const fn = (client as unknown as Record<string, UnaryMethod | undefined>)[method];
      if (!fn) throw new Error(`no RPC ${method}`);
      fn.call(client, request, metadata, (error: grpc.ServiceError | null, response: Message) =>
        error ? reject(error) : resolve(response),
      );
    });
}

export interface WireClients {
  streams: UnaryCall;
  operations: UnaryCall;
  control: UnaryCall;
  close(): void;
}

export function connect(address: string): WireClients {
  const credentials = grpc.credentials.createInsecure();
  const streams = new tree.google.cloud.visionai.v1.StreamsService(address, credentials) as grpc.Client;
  const operations = new tree.google.longrunning.Operations(address, credentials) as grpc.Client;
  const control = new tree.visionai.emulator.v1.EmulatorControl(address, credentials) as grpc.Client;
  return {
    streams: unaryCaller(streams),
    operations: unaryCaller(operations),
    control: unaryCaller(control),
    close: () => [streams, operations, control].forEach((client) => client.close()),
  };
}

/** Decodes a google.protobuf.Any whose type URL must name `typeName`. */
export function unpack(any: Message, typeName: string): Message {
  const expectedUrl = `type.googleapis.com/${typeName}`;
  if (any.type_url !== expectedUrl) throw new Error(`expected Any of ${expectedUrl}, got ${any.type_url}`);
  const type = root.lookupType(typeName);
  return type.toObject(type.decode(any.value), { longs: String, enums: String, defaults: true }) as Message;
}

export interface StatusDetails {
  code: number;
  message: string;
  errorInfo?: Message;
  badRequest?: Message;
}

/** The google.rpc.Status from the `grpc-status-details-bin` trailer of a failed call, details still packed. */
export function rpcStatus(error: grpc.ServiceError): Message {
  const bytes = error.metadata?.get("grpc-status-details-bin")[0];
  if (!bytes) throw new Error(`no status details on ${error.message}`);
  const statusType = root.lookupType("google.rpc.Status");
  return statusType.toObject(statusType.decode(bytes as Buffer), { defaults: true }) as Message;
}

/** The google.rpc.Status from the `grpc-status-details-bin` trailer of a failed call. */
export function statusDetails(error: grpc.ServiceError): StatusDetails {
  return fromRpcStatus(rpcStatus(error));
}

/** Splits a google.rpc.Status (also an operation's `error`) into its ErrorInfo and BadRequest. */
export function fromRpcStatus(status: Message): StatusDetails {
  const result: StatusDetails = { code: status.code, message: status.message };
  for (const detail of status.details ?? []) {
    if (detail.type_url.endsWith("google.rpc.ErrorInfo"))
      result.errorInfo = unpack(detail, "google.rpc.ErrorInfo");
    if (detail.type_url.endsWith("google.rpc.BadRequest"))
      result.badRequest = unpack(detail, "google.rpc.BadRequest");
  }
  return result;
}
