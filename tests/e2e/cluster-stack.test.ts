import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { StreamsServiceClient } from "../../client";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";
import { createLocalStack, type LocalStack } from "../support/local-stack";

const CLUSTER_NAME = "projects/my-project/locations/us-central1/clusters/video-cluster";

describe("the root program deployed with the real Pulumi CLI", () => {
  let local: LocalStack;
  let client: StreamsServiceClient;

  before(async () => {
    local = await createLocalStack(REPO_ROOT, "e2e-cluster");
    client = new StreamsServiceClient({ emulatorHost: local.emulator.address });
  });

  after(async () => {
    await client?.close();
    await local?.dispose();
  });

  it("up creates the cluster in the emulator and exports its name", async () => {
    const result = await local.stack.up();
    assert.equal(result.summary.result, "succeeded");
    assert.equal(result.outputs.clusterName.value, CLUSTER_NAME);
    const cluster = await client.getCluster({ name: CLUSTER_NAME });
    assert.equal(cluster.displayName, "Video Processing Cluster");
    assert.deepEqual(cluster.labels, { environment: "production", team: "video-analytics" });
  });

  it("preview right after up reports no changes", async () => {
    const preview = await local.stack.preview();
    assert.deepEqual(preview.changeSummary, { same: 2 });
  });

  it("destroy deletes the cluster from the emulator", async () => {
    const result = await local.stack.destroy();
    assert.equal(result.summary.result, "succeeded");
    await assert.rejects(
      client.getCluster({ name: CLUSTER_NAME }),
      (error: { code?: number }) => error.code === 5,
    );
  });
});
