import * as grpc from "@grpc/grpc-js";
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertRejects } from "./support/assertions";
import {
  CLUSTER,
  LOCATION,
  createCluster,
  createStream,
  runToDone,
  useTestEmulator,
} from "./support/harness";
import { unpack } from "./support/wire-client";

describe("resource names, IDs and output-only fields", () => {
  const emulator = useTestEmulator();

  it("a malformed parent fails with INVALID_ARGUMENT quoting the expected pattern", async () => {
    const details = await assertRejects(
      emulator.streams("CreateCluster", { parent: "projects/p/zones/z", cluster_id: "c", cluster: {} }),
      grpc.status.INVALID_ARGUMENT,
      'Field `parent` has the malformed resource name "projects/p/zones/z".',
      'It must match "projects/{project}/locations/{location}"',
    );
    const violations = details.badRequest?.field_violations.map(
      (v: { field: string; description: string }) => ({
        field: v.field,
        description: v.description,
      }),
    );
    assert.deepEqual(violations, [
      {
        field: "parent",
        description: 'Field `parent` has the malformed resource name "projects/p/zones/z".',
      },
    ]);
  });

  it("a malformed name on Get fails with INVALID_ARGUMENT", async () => {
    await assertRejects(
      emulator.streams("GetStream", { name: `${CLUSTER}/events/e` }),
      grpc.status.INVALID_ARGUMENT,
      "projects/{project}/locations/{location}/clusters/{cluster}/streams/{stream}",
    );
  });

  it("an empty name fails with INVALID_ARGUMENT saying the field is required", async () => {
    await assertRejects(
      emulator.streams("GetCluster", { name: "" }),
      grpc.status.INVALID_ARGUMENT,
      "Field `name` is required but was empty.",
    );
  });

  it("creating a stream in a missing cluster fails with NOT_FOUND naming the cluster", async () => {
    const details = await assertRejects(
      emulator.streams("CreateStream", { parent: CLUSTER, stream_id: "s", stream: {} }),
      grpc.status.NOT_FOUND,
      `Cluster "${CLUSTER}" was not found. Create the cluster before its streams.`,
    );
    assert.equal(details.errorInfo?.reason, "RESOURCE_NOT_FOUND");
    assert.equal(details.errorInfo?.metadata.resource, CLUSTER);
  });

  for (const badId of ["Camera", "1camera", "camera-", "cam_era", "a".repeat(64)]) {
    it(`the resource ID "${badId.length > 10 ? "a x 64" : badId}" breaks AIP-122 and fails with INVALID_ARGUMENT`, async () => {
      const details = await assertRejects(
        emulator.streams("CreateCluster", { parent: LOCATION, cluster_id: badId, cluster: {} }),
        grpc.status.INVALID_ARGUMENT,
        `Field \`cluster_id\` is "${badId}", which is not a valid resource ID.`,
        "^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$",
      );
      assert.equal(details.badRequest?.field_violations[0].field, "cluster_id");
    });
  }

  it("a 63-character ID is accepted", async () => {
    const id = `a${"b".repeat(61)}c`;
    const operation = await createCluster(emulator, id);
    assert.equal(operation.result, "response");
  });

  it("creating a cluster that exists fails with ALREADY_EXISTS", async () => {
    await createCluster(emulator);
    const details = await assertRejects(
      emulator.streams("CreateCluster", { parent: LOCATION, cluster_id: "video-cluster", cluster: {} }),
      grpc.status.ALREADY_EXISTS,
      `Cluster "${CLUSTER}" already exists. Choose another ID`,
    );
    assert.equal(details.errorInfo?.reason, "RESOURCE_ALREADY_EXISTS");
  });

  it("output-only fields sent on create are ignored", async () => {
    const operation = await createCluster(emulator, "video-cluster", {
      name: "projects/x/locations/y/clusters/other",
      state: "ERROR",
      psc_target: "mine",
      create_time: { seconds: "1", nanos: 0 },
      labels: { a: "b" },
    });
    const cluster = unpack(operation.response, "google.cloud.visionai.v1.Cluster");
    assert.equal(cluster.name, CLUSTER);
    assert.equal(cluster.state, "RUNNING");
    assert.notEqual(cluster.psc_target, "mine");
    assert.notEqual(cluster.create_time.seconds, "1");
  });

  it("create_time stays and update_time moves when a stream is updated", async () => {
    await createCluster(emulator);
    const created = unpack((await createStream(emulator)).response, "google.cloud.visionai.v1.Stream");
    await new Promise((resolve) => setTimeout(resolve, 5));
    const operation = await runToDone(emulator, "UpdateStream", {
      stream: { name: created.name, display_name: "Camera 1" },
      update_mask: { paths: ["display_name"] },
    });
    const updated = unpack(operation.response, "google.cloud.visionai.v1.Stream");
    assert.deepEqual(updated.create_time, created.create_time);
    const millis = (t: { seconds: string; nanos: number }) => Number(t.seconds) * 1000 + t.nanos / 1e6;
    assert.ok(millis(updated.update_time) > millis(created.update_time));
  });

  it("authorization metadata is ignored", async () => {
    const metadata = new grpc.Metadata();
    metadata.set("authorization", "Bearer not-a-real-token");
    const response = await emulator.streams("ListClusters", { parent: LOCATION }, metadata);
    assert.deepEqual(response.clusters, []);
  });
});
