import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotationKeyFor, VisionAiError } from "../../client";
import { rawGet } from "./support/raw-wire";
import { LOCATION_NAME, collect, emulatorSuite } from "./support/emulator";

const CLUSTER_ID = "video-cluster";
const CLUSTER_NAME = `${LOCATION_NAME}/clusters/${CLUSTER_ID}`;

describe("cluster methods", () => {
  const suite = emulatorSuite();

  async function createVideoCluster() {
    const operation = await suite.harness.client.createCluster({
      parent: LOCATION_NAME,
      clusterId: CLUSTER_ID,
      cluster: {
        displayName: "Video",
        description: "For video",
        labels: { team: "va" },
        annotations: { owner: "ops" },
      },
    });
    return operation.result();
  }

  it("createCluster resolves to the cluster with the seed fields it was given", async () => {
    const cluster = await createVideoCluster();
    assert.equal(cluster.name, CLUSTER_NAME);
    assert.equal(cluster.displayName, "Video");
    assert.equal(cluster.description, "For video");
    assert.deepEqual(cluster.labels, { team: "va" });
    assert.deepEqual(cluster.annotations, { owner: "ops" });
    assert.equal(cluster.state, "RUNNING");
    assert.ok(cluster.createTime instanceof Date);
    assert.ok(cluster.updateTime instanceof Date);
  });

  it("createCluster stores displayName and description in annotations under the reserved keys", async () => {
    await createVideoCluster();
    const stored = await rawGet(suite.harness.emulator, "GetCluster", CLUSTER_NAME);
    assert.deepEqual(stored.annotations, {
      owner: "ops",
      [annotationKeyFor("displayName")]: "Video",
      [annotationKeyFor("description")]: "For video",
    });
    const mapped = await suite.harness.client.getCluster({ name: CLUSTER_NAME });
    assert.deepEqual(mapped.annotations, { owner: "ops" });
  });

  it("getCluster returns what listClusters returns", async () => {
    await createVideoCluster();
    const fetched = await suite.harness.client.getCluster({ name: CLUSTER_NAME });
    const listed = await collect(suite.harness.client.listClusters({ parent: LOCATION_NAME }));
    assert.deepEqual(listed, [fetched]);
  });

  it("updateCluster with a displayName mask changes the display name and keeps other annotations", async () => {
    await createVideoCluster();
    const operation = await suite.harness.client.updateCluster({
      cluster: { name: CLUSTER_NAME, displayName: "Renamed" },
      updateMask: ["displayName"],
    });
    const updated = await operation.result();
    assert.equal(updated.displayName, "Renamed");
    assert.equal(updated.description, "For video");
    assert.deepEqual(updated.annotations, { owner: "ops" });
    const [entry] = suite.harness.emulator.control.auditLog("UpdateCluster");
    assert.deepEqual(entry.updateMaskPaths, ["annotations"]);
  });

  it("updateCluster with an annotations mask keeps displayName and description", async () => {
    await createVideoCluster();
    const operation = await suite.harness.client.updateCluster({
      cluster: { name: CLUSTER_NAME, annotations: { owner: "video" } },
      updateMask: { paths: ["annotations"] },
    });
    const updated = await operation.result();
    assert.deepEqual(updated.annotations, { owner: "video" });
    assert.equal(updated.displayName, "Video");
    assert.equal(updated.description, "For video");
  });

  it("updateCluster sends snake_case mask paths for labels", async () => {
    await createVideoCluster();
    const operation = await suite.harness.client.updateCluster({
      cluster: { name: CLUSTER_NAME, labels: { team: "platform" } },
      updateMask: ["labels"],
    });
    assert.deepEqual((await operation.result()).labels, { team: "platform" });
    assert.deepEqual(suite.harness.emulator.control.auditLog("UpdateCluster")[0].updateMaskPaths, ["labels"]);
    assert.equal(
      suite.harness.emulator.control.auditLog("GetCluster").length,
      0,
      "no read needed for labels",
    );
  });

  it("deleteCluster resolves to undefined and the cluster is gone", async () => {
    await createVideoCluster();
    const operation = await suite.harness.client.deleteCluster({ name: CLUSTER_NAME });
    assert.equal(await operation.result(), undefined);
    await assert.rejects(suite.harness.client.getCluster({ name: CLUSTER_NAME }), {
      code: 5,
      status: "NOT_FOUND",
    });
  });

  it("createCluster of an existing id fails with ALREADY_EXISTS and says to choose another id", async () => {
    await createVideoCluster();
    const error = await createVideoCluster().then(
      () => assert.fail("expected ALREADY_EXISTS"),
      (caught: unknown) => caught,
    );
    assert.ok(error instanceof VisionAiError);
    assert.equal(error.status, "ALREADY_EXISTS");
    assert.equal(error.method, "CreateCluster");
    assert.equal(error.resourceName, CLUSTER_NAME);
    assert.match(error.message, /Choose another id, or adopt the existing resource\.$/);
  });
});
