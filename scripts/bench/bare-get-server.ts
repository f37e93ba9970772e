/**
 * The emulator's floor: a bare grpc-js server that answers GetStream with one fixed Stream and implements
 * nothing else (no store, no name parsing, no audit log). The benchmark drives it with the same client as
 * the emulator, so the difference between the two is the emulator's own work. Run as its own process,
 * like the emulator; it prints the emulator's ready line with its address.
 */
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import { protoDescriptor } from "../../client/protos";

/** What the emulator returns for a stream created with no fields set, fixed (field names as client/protos.json spells them). */
const FIXED_STREAM = {
  name: "projects/bench-project/locations/us-central1/clusters/load/streams/stream-0",
  createTime: { seconds: 1_700_000_000, nanos: 0 },
  updateTime: { seconds: 1_700_000_000, nanos: 0 },
  labels: {},
  annotations: {},
};

interface StreamsServicePackage {
  google: { cloud: { visionai: { v1: { StreamsService: { service: grpc.ServiceDefinition } } } } };
}

function main(): void {
  const definition = protoLoader.fromJSON(protoDescriptor());
  const loaded = grpc.loadPackageDefinition(definition) as unknown as StreamsServicePackage;
  const server = new grpc.Server();
  server.addService(loaded.google.cloud.visionai.v1.StreamsService.service, {
    GetStream: (_call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) =>
      callback(null, FIXED_STREAM),
  });
  server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (error, port) => {
    if (error) throw error;
    process.stdout.write(`VISIONAI_EMULATOR_HOST=127.0.0.1:${port}\n`);
  });
  process.once("SIGTERM", () => server.tryShutdown(() => process.exit(0)));
}

main();
