import * as fs from "node:fs";
import * as path from "node:path";
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import * as protobuf from "protobufjs";

/** Root of the official Google protos shipped in the `google-proto-files` package. */
export const GOOGLE_PROTOS_DIR = path.dirname(require.resolve("google-proto-files/package.json"));

const SERVICE_FILES = [
  "google/cloud/visionai/v1/streams_service.proto",
  "google/longrunning/operations.proto",
];
const DETAIL_FILES = [
  "google/rpc/status.proto",
  "google/rpc/error_details.proto",
  "google/protobuf/empty.proto",
  "google/cloud/visionai/v1/common.proto",
];

/**
 * The control proto sits beside the sources (`emulator/proto`); tsc does not copy it to dist, so the
 * compiled module looks in both places.
 */
export function controlProtoPath(): string {
  const candidates = [
    path.join(__dirname, "..", "proto", "control.proto"),
    path.join(__dirname, "..", "..", "..", "emulator", "proto", "control.proto"),
  ];
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) throw new Error(`emulator control proto not found; looked in ${candidates.join(", ")}`);
  return found;
}

/** How requests reach handlers: snake_case fields, enums by name, int64 as strings, defaults filled in. */
const LOADER_OPTIONS: protoLoader.Options = {
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [GOOGLE_PROTOS_DIR],
};

export interface LoadedProtos {
  streamsService: grpc.ServiceDefinition;
  operations: grpc.ServiceDefinition;
  control: grpc.ServiceDefinition;
  /** Encodes messages packed into google.protobuf.Any and google.rpc.Status details. */
  root: protobuf.Root;
}

let cached: LoadedProtos | undefined;

/** Loads the official protos and the control proto once per process. */
export function loadProtos(): LoadedProtos {
  if (cached) return cached;
  const definition = protoLoader.loadSync([...SERVICE_FILES, controlProtoPath()], LOADER_OPTIONS);
  const grpcObject = grpc.loadPackageDefinition(definition) as unknown as GrpcTree;
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) =>
    path.isAbsolute(target) ? target : path.join(GOOGLE_PROTOS_DIR, target);
  root.loadSync([...SERVICE_FILES, ...DETAIL_FILES], { keepCase: true });
  root.resolveAll();
  cached = {
    streamsService: grpcObject.google.cloud.visionai.v1.StreamsService.service,
    operations: grpcObject.google.longrunning.Operations.service,
    control: grpcObject.visionai.emulator.v1.EmulatorControl.service,
    root,
  };
  return cached;
}

interface ServiceConstructor {
  service: grpc.ServiceDefinition;
}

interface GrpcTree {
  google: {
    cloud: { visionai: { v1: { StreamsService: ServiceConstructor } } };
    longrunning: { Operations: ServiceConstructor };
  };
  visionai: { emulator: { v1: { EmulatorControl: ServiceConstructor } } };
}
