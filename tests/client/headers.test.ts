import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import * as fs from "node:fs";
import * as path from "node:path";
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import { StreamsServiceClient } from "../../client";
import { packageInfo } from "../../client/package-info";
import { GOOGLE_PROTOS_DIR } from "../../client/protos";

const CLUSTER_NAME = "projects/p/locations/l/clusters/c";
/** The repository's package.json, read the way a reader would, to compare against what the client sends. */
const MANIFEST = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "..", "..", "package.json"), "utf8"),
) as {
  name: string;
  version: string;
};
const LIBRARY = `${MANIFEST.name}/${MANIFEST.version}`;
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A bare StreamsService that answers GetCluster and records the metadata each call carried. */
async function startRecordingServer(
  seen: grpc.Metadata[],
): Promise<{ server: grpc.Server; address: string }> {
  const definition = protoLoader.loadSync("google/cloud/visionai/v1/streams_service.proto", {
    includeDirs: [GOOGLE_PROTOS_DIR],
  });
  const loaded = grpc.loadPackageDefinition(definition) as unknown as {
    google: { cloud: { visionai: { v1: { StreamsService: { service: grpc.ServiceDefinition } } } } };
  };
  const server = new grpc.Server();
  server.addService(loaded.google.cloud.visionai.v1.StreamsService.service, {
    GetCluster: (
      call: grpc.ServerUnaryCall<{ name: string }, unknown>,
      callback: grpc.sendUnaryData<unknown>,
    ) => {
      seen.push(call.metadata);
      callback(null, { name: call.request.name });
    },
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  return { server, address: `127.0.0.1:${port}` };
}

describe("request headers", () => {
  const seen: grpc.Metadata[] = [];
  let server: grpc.Server;
  let client: StreamsServiceClient;
  before(async () => {
    const started = await startRecordingServer(seen);
    server = started.server;
    client = new StreamsServiceClient({ emulatorHost: started.address, quotaProjectId: "billing-project" });
    await client.getCluster({ name: CLUSTER_NAME });
  });
  after(async () => {
    await client.close();
    server.forceShutdown();
  });

  it("the library version comes from the package's own package.json", () => {
    assert.equal(MANIFEST.name, "pulumi-visionai");
    assert.deepEqual(packageInfo(), { name: MANIFEST.name, version: MANIFEST.version });
  });

  it("the user agent names the library and its version", () => {
    const userAgent = String(seen[0].get("user-agent")[0]);
    assert.ok(userAgent.startsWith(`${LIBRARY} `), userAgent);
  });

  it("x-goog-api-client names Node, gRPC and the library", () => {
    const apiClient = String(seen[0].get("x-goog-api-client")[0]);
    assert.match(
      apiClient,
      new RegExp(`^gl-node/\\d+\\.\\d+\\.\\d+ grpc/\\d+\\.\\d+\\.\\d+ ${escaped(LIBRARY)}$`),
    );
  });

  it("quotaProjectId is sent as x-goog-user-project", () => {
    assert.deepEqual(seen[0].get("x-goog-user-project"), ["billing-project"]);
  });

  it("the resource name is sent as the routing header", () => {
    assert.deepEqual(seen[0].get("x-goog-request-params"), [`name=${encodeURIComponent(CLUSTER_NAME)}`]);
  });

  it("no authorization header goes to an emulator", () => {
    assert.deepEqual(seen[0].get("authorization"), []);
  });
});
