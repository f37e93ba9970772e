import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { StreamsServiceClient } from "../../client";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";
import { auditLog } from "../support/emulator-control-client";
import { createLocalStack, type LocalStack } from "../support/local-stack";

const CLUSTER_NAME = "projects/my-project/locations/us-central1/clusters/video-cluster";

/** Stack, cluster, 2 streams, 2 events, 4 series, 1 channel. */
const RESOURCE_COUNT = 11;

/** The Get each readable resource of the program is read with (v1 has no Get for channels). */
const GETS_PER_METHOD = { GetCluster: 1, GetStream: 2, GetEvent: 2, GetSeries: 4 };

describe("the root program deployed with the real Pulumi CLI", () => {
  let local: LocalStack;
  let client: StreamsServiceClient;

  before(async () => {
    local = await createLocalStack(REPO_ROOT, "e2e-video-analytics");
    client = new StreamsServiceClient({ emulatorHost: local.emulator.address });
  });

  after(async () => {
    await client?.close();
    await local?.dispose();
  });

  it("up creates the seed's whole setup in the emulator and exports the names", async () => {
    const result = await local.stack.up();
    assert.equal(result.summary.result, "succeeded");
    assert.equal(result.outputs.clusterName.value, CLUSTER_NAME);
    const cluster = await client.getCluster({ name: CLUSTER_NAME });
    assert.equal(cluster.displayName, "Video Processing Cluster");
    assert.deepEqual(cluster.labels, { environment: "production", team: "video-analytics" });
    const series = await client.getSeries({ name: `${CLUSTER_NAME}/series/series-2-1` });
    assert.equal(series.stream, `${CLUSTER_NAME}/streams/camera-2-stream`);
    assert.equal(series.event, `${CLUSTER_NAME}/events/motion-detection-event`);
  });

  it("state holds a small provider stub that loads the package by name, not a copy of it", async () => {
    const deployment = (await local.stack.exportStack()).deployment as {
      resources: { type: string; inputs?: { __provider?: string } }[];
    };
    const stubs = deployment.resources.filter((r) => r.type.startsWith("pulumi-nodejs:dynamic/visionai:"));
    assert.equal(stubs.length, RESOURCE_COUNT - 1);
    for (const resource of stubs) {
      const stub = resource.inputs!.__provider!;
      assert.match(stub, /pulumi-visionai\/provider/);
      assert.ok(stub.length < 8000, `${resource.type} stub is ${stub.length} characters`);
    }
  });

  // check and diff need nothing from the service; a call here would cost every preview a round trip per
  // resource (and, before that, loading the gRPC client in the provider process).
  it("preview right after up reports no changes and makes no service call", async () => {
    const before = (await auditLog(local.emulator.address)).length;
    const preview = await local.stack.preview();
    assert.deepEqual(preview.changeSummary, { same: RESOURCE_COUNT });
    assert.deepEqual((await auditLog(local.emulator.address)).slice(before), []);
  });

  it("refresh reads each readable resource with exactly one Get and calls nothing else", async () => {
    const before = (await auditLog(local.emulator.address)).length;
    const result = await local.stack.refresh();
    assert.equal(result.summary.result, "succeeded");
    const calls = (await auditLog(local.emulator.address)).slice(before);
    const perMethod: Record<string, number> = {};
    for (const call of calls) perMethod[call.method] = (perMethod[call.method] ?? 0) + 1;
    assert.deepEqual(perMethod, GETS_PER_METHOD);
    assert.equal(new Set(calls.map((call) => call.resource)).size, calls.length, "no resource read twice");
  });

  // The emulator refuses to delete a cluster, stream or event that still has series, so a clean destroy
  // also shows that the dependency graph orders the teardown.
  it("destroy succeeds and removes the cluster, which the emulator allows only once its dependants are gone", async () => {
    const result = await local.stack.destroy();
    assert.equal(result.summary.result, "succeeded");
    await assert.rejects(
      client.getCluster({ name: CLUSTER_NAME }),
      (error: { code?: number }) => error.code === 5,
    );
  });
});
