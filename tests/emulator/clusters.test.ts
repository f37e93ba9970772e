import * as grpc from "@grpc/grpc-js";
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertRejects } from "./support/assertions";
import { CLUSTER, CLUSTER_ID, LOCATION, createCluster, runToDone, useTestEmulator } from "./support/harness";
import { unpack } from "./support/wire-client";

const CLUSTER_TYPE = "google.cloud.visionai.v1.Cluster";

describe("clusters", () => {
  const emulator = useTestEmulator();

  it("creating a cluster returns a done operation whose response is the RUNNING cluster with endpoint and PSC target", async () => {
    const operation = await createCluster(emulator, CLUSTER_ID, { labels: { team: "video" } });
    assert.equal(operation.done, true);
    assert.equal(operation.result, "response");
    const cluster = unpack(operation.response, CLUSTER_TYPE);
    assert.equal(cluster.name, CLUSTER);
    assert.equal(cluster.state, "RUNNING");
    assert.deepEqual(cluster.labels, { team: "video" });
    assert.equal(
      cluster.dataplane_service_endpoint,
      "video-cluster.us-central1.dataplane.visionai-emulator.internal",
    );
    assert.equal(
      cluster.psc_target,
      "projects/test-project/regions/us-central1/serviceAttachments/visionai-video-cluster",
    );
    assert.ok(Number(cluster.create_time.seconds) > 0);
    assert.deepEqual(cluster.update_time, cluster.create_time);
  });

  it("a created cluster reads back with GetCluster", async () => {
    await createCluster(emulator);
    const cluster = await emulator.streams("GetCluster", { name: CLUSTER });
    assert.equal(cluster.name, CLUSTER);
    assert.equal(cluster.state, "RUNNING");
  });

  it("the create operation carries OperationMetadata naming the target, verb and API version", async () => {
    const operation = await createCluster(emulator);
    const metadata = unpack(operation.metadata, "google.cloud.visionai.v1.OperationMetadata");
    assert.equal(metadata.target, CLUSTER);
    assert.equal(metadata.verb, "create");
    assert.equal(metadata.api_version, "v1");
    assert.ok(metadata.end_time, "a done operation has an end_time");
    assert.match(
      operation.name,
      /^projects\/test-project\/locations\/us-central1\/operations\/operation-\d+-[0-9a-f]+$/,
    );
    const fetched = await emulator.operations("GetOperation", { name: operation.name });
    assert.equal(fetched.done, true);
    assert.deepEqual(unpack(fetched.response, CLUSTER_TYPE).name, CLUSTER);
  });

  it("updating a cluster with update_mask [labels] replaces the whole label map", async () => {
    await createCluster(emulator, CLUSTER_ID, {
      labels: { team: "video", tier: "gold" },
      annotations: { a: "1" },
    });
    const operation = await runToDone(emulator, "UpdateCluster", {
      cluster: { name: CLUSTER, labels: { env: "prod" }, annotations: { ignored: "yes" } },
      update_mask: { paths: ["labels"] },
    });
    const updated = unpack(operation.response, CLUSTER_TYPE);
    assert.deepEqual(updated.labels, { env: "prod" });
    assert.deepEqual(updated.annotations, { a: "1" });
    const read = await emulator.streams("GetCluster", { name: CLUSTER });
    assert.deepEqual(read.labels, { env: "prod" });
  });

  it("deleting a cluster answers with Empty and GetCluster then fails with NOT_FOUND", async () => {
    await createCluster(emulator);
    const operation = await runToDone(emulator, "DeleteCluster", { name: CLUSTER });
    assert.equal(operation.response.type_url, "type.googleapis.com/google.protobuf.Empty");
    const details = await assertRejects(
      emulator.streams("GetCluster", { name: CLUSTER }),
      grpc.status.NOT_FOUND,
      `Cluster "${CLUSTER}" was not found.`,
    );
    assert.equal(details.errorInfo?.reason, "RESOURCE_NOT_FOUND");
  });

  it("listing clusters returns them all, by name", async () => {
    await createCluster(emulator, "b-cluster");
    await createCluster(emulator, "a-cluster");
    const response = await emulator.streams("ListClusters", { parent: LOCATION });
    assert.deepEqual(
      response.clusters.map((cluster: { name: string }) => cluster.name),
      [`${LOCATION}/clusters/a-cluster`, `${LOCATION}/clusters/b-cluster`],
    );
    assert.equal(response.next_page_token, "");
  });
});
