import * as grpc from "@grpc/grpc-js";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { beforeEach, describe, it } from "node:test";
import { ManualClock } from "../../emulator";
import { assertRejects } from "./support/assertions";
import {
  CLUSTER,
  CLUSTER_ID,
  LOCATION,
  STREAM,
  createCluster,
  createStream,
  useTestEmulator,
  waitDone,
} from "./support/harness";
import { unpack, type Message } from "./support/wire-client";

const MINUTE = 60_000;
/** Long enough that nothing finishes unless a test advances the clock. */
const DELAY_MILLIS = 30_000;

describe("request_id (AIP-155)", () => {
  const clock = new ManualClock();

  const emulator = useTestEmulator({ clock });

  function createClusterCall(requestId: string, clusterId = CLUSTER_ID, cluster: Message = {}) {
    return emulator.streams("CreateCluster", {
      parent: LOCATION,
      cluster_id: clusterId,
      cluster,
      request_id: requestId,
    });
  }

  function updateLabelsCall(requestId: string, labels: Record<string, string>) {
    return emulator.streams("UpdateStream", {
      stream: { name: STREAM, labels },
      update_mask: { paths: ["labels"] },
      request_id: requestId,
    });
  }

  async function clusterNames(): Promise<string[]> {
    const response = await emulator.streams("ListClusters", { parent: LOCATION });
    return response.clusters.map((cluster: Message) => cluster.name);
  }

  async function slowOperations(): Promise<void> {
    await emulator.control("SetOptions", { operation_delay_ms: DELAY_MILLIS });
  }

  describe("validation", () => {
    for (const [label, value] of [
      ["not a UUID", "retry-1"],
      ["a UUID without hyphens", "9f1c2a4e7b3d4c8ea1f02d5e6b7c8a90"],
      ["a UUID with extra characters", "{9f1c2a4e-7b3d-4c8e-a1f0-2d5e6b7c8a90}"],
      ["the all-zero UUID", "00000000-0000-0000-0000-000000000000"],
    ]) {
      it(`a request_id that is ${label} fails with INVALID_ARGUMENT naming request_id`, async () => {
        const details = await assertRejects(
          createClusterCall(value!),
          grpc.status.INVALID_ARGUMENT,
          "request_id",
          `"${value}"`,
          "not a valid non-zero UUID",
        );
        assert.equal(details.errorInfo?.reason, "INVALID_ARGUMENT");
        assert.equal(details.badRequest?.field_violations.length, 1);
        assert.equal(details.badRequest?.field_violations[0].field, "request_id");
        assert.deepEqual(await clusterNames(), [], "a rejected call creates nothing");
      });
    }

    it("an invalid request_id is rejected on update and delete too", async () => {
      await createCluster(emulator);
      await createStream(emulator);
      await assertRejects(updateLabelsCall("not-a-uuid", {}), grpc.status.INVALID_ARGUMENT, "request_id");
      await assertRejects(
        emulator.streams("DeleteStream", { name: STREAM, request_id: "not-a-uuid" }),
        grpc.status.INVALID_ARGUMENT,
        "request_id",
      );
      await emulator.streams("GetStream", { name: STREAM });
    });

    it("request_id is optional: an empty one is accepted and never deduplicates", async () => {
      const first = await createClusterCall("", "cluster-a");
      const second = await createClusterCall("", "cluster-b");
      assert.notEqual(first.name, second.name);
      assert.deepEqual(await clusterNames(), [
        `${LOCATION}/clusters/cluster-a`,
        `${LOCATION}/clusters/cluster-b`,
      ]);
    });
  });

  describe("repeated creates", () => {
    it("repeating CreateCluster with the same request_id returns the original operation and creates one cluster", async () => {
      const requestId = randomUUID();
      const first = await createClusterCall(requestId);
      const second = await createClusterCall(requestId);
      assert.equal(second.name, first.name);
      assert.equal(second.done, true);
      assert.equal(second.result, "response");
      assert.equal(unpack(second.response, "google.cloud.visionai.v1.Cluster").name, CLUSTER);
      assert.deepEqual(await clusterNames(), [CLUSTER]);
    });

    it("repeating CreateStream with the same request_id returns the original operation and creates one stream", async () => {
      await createCluster(emulator);
      const requestId = randomUUID();
      const request = { parent: CLUSTER, stream_id: "camera-1", stream: {}, request_id: requestId };
      const first = await emulator.streams("CreateStream", request);
      const second = await emulator.streams("CreateStream", request);
      assert.equal(second.name, first.name);
      const streams = await emulator.streams("ListStreams", { parent: CLUSTER });
      assert.deepEqual(
        streams.streams.map((stream: Message) => stream.name),
        [STREAM],
      );
    });

    it("a retry while the create is still running returns the running operation, and later its result", async () => {
      await slowOperations();
      const requestId = randomUUID();
      const first = await createClusterCall(requestId);
      const retry = await createClusterCall(requestId);
      assert.equal(retry.name, first.name);
      assert.equal(retry.done, false);
      clock.advance(DELAY_MILLIS);
      const afterDone = await createClusterCall(requestId);
      assert.equal(afterDone.name, first.name);
      assert.equal(afterDone.done, true);
      assert.equal(afterDone.result, "response");
      assert.deepEqual(await clusterNames(), [CLUSTER]);
    });

    it("simultaneous calls with the same request_id start one operation", async () => {
      const requestId = randomUUID();
      const operations = await Promise.all([1, 2, 3].map(() => createClusterCall(requestId)));
      assert.equal(new Set(operations.map((operation) => operation.name)).size, 1);
      assert.deepEqual(await clusterNames(), [CLUSTER]);
    });

    it("without a request_id, repeating a create fails with ALREADY_EXISTS", async () => {
      await createClusterCall("");
      await assertRejects(createClusterCall(""), grpc.status.ALREADY_EXISTS, CLUSTER);
    });

    it("the request_id is matched case-insensitively", async () => {
      const requestId = randomUUID();
      const first = await createClusterCall(requestId);
      const second = await createClusterCall(requestId.toUpperCase());
      assert.equal(second.name, first.name);
    });

    it("the audit log shows both calls answered OK with the same operation", async () => {
      const requestId = randomUUID();
      await createClusterCall(requestId);
      await createClusterCall(requestId);
      const log = await emulator.control("ListAuditLog", { method: "CreateCluster" });
      assert.equal(log.entries.length, 2);
      const [first, second] = log.entries as Message[];
      assert.equal(first!.code, "OK");
      assert.equal(second!.code, "OK");
      assert.equal(second!.request_id, requestId);
      assert.equal(second!.operation, first!.operation);
    });

    it("a retry of a create whose operation failed returns that failed operation; it does not try again", async () => {
      await emulator.control("FailNextOperations", { count: 1, code: "UNAVAILABLE" });
      const requestId = randomUUID();
      const failed = await createClusterCall(requestId);
      assert.equal(failed.result, "error");
      const retry = await createClusterCall(requestId);
      assert.equal(retry.name, failed.name);
      assert.equal(retry.result, "error");
      assert.deepEqual(await clusterNames(), []);
    });

    it("a call rejected before it started an operation is not remembered: the same request_id may be sent again", async () => {
      const requestId = randomUUID();
      const request = { parent: CLUSTER, stream_id: "camera-1", stream: {}, request_id: requestId };
      await assertRejects(emulator.streams("CreateStream", request), grpc.status.NOT_FOUND, CLUSTER);
      await createCluster(emulator);
      const operation = await waitDone(emulator, await emulator.streams("CreateStream", request));
      assert.equal(operation.result, "response");
      await emulator.streams("GetStream", { name: STREAM });
    });
  });

  describe("repeated updates and deletes", () => {
    beforeEach(async () => {
      await createCluster(emulator);
      await createStream(emulator, "camera-1", { labels: { v: "0" } });
    });

    it("repeating UpdateStream with the same request_id returns the original operation and updates once", async () => {
      const requestId = randomUUID();
      const first = await updateLabelsCall(requestId, { v: "1" });
      const updated = await emulator.streams("GetStream", { name: STREAM });
      clock.advance(MINUTE);
      const second = await updateLabelsCall(requestId, { v: "1" });
      assert.equal(second.name, first.name);
      assert.deepEqual(await emulator.streams("GetStream", { name: STREAM }), updated);
      assert.equal((await emulator.control("ListAuditLog", { method: "UpdateStream" })).entries.length, 2);
    });

    it("a retried update does not undo a later change", async () => {
      const requestId = randomUUID();
      const first = await updateLabelsCall(requestId, { v: "1" });
      await updateLabelsCall(randomUUID(), { v: "2" });
      const retry = await updateLabelsCall(requestId, { v: "1" });
      assert.equal(retry.name, first.name);
      assert.deepEqual((await emulator.streams("GetStream", { name: STREAM })).labels, { v: "2" });
    });

    it("a retry of an update still running returns its operation instead of ABORTED", async () => {
      await slowOperations();
      const requestId = randomUUID();
      const first = await updateLabelsCall(requestId, { v: "1" });
      const retry = await updateLabelsCall(requestId, { v: "1" });
      assert.equal(retry.name, first.name);
      await assertRejects(updateLabelsCall(randomUUID(), { v: "1" }), grpc.status.ABORTED, first.name);
    });

    it("repeating DeleteStream with the same request_id returns the original operation, not NOT_FOUND", async () => {
      const requestId = randomUUID();
      const first = await emulator.streams("DeleteStream", { name: STREAM, request_id: requestId });
      assert.equal(first.done, true);
      const second = await emulator.streams("DeleteStream", { name: STREAM, request_id: requestId });
      assert.equal(second.name, first.name);
      assert.equal(second.response.type_url, "type.googleapis.com/google.protobuf.Empty");
      await assertRejects(emulator.streams("DeleteStream", { name: STREAM }), grpc.status.NOT_FOUND, STREAM);
    });

    it("a retry after DeleteOperation still returns the original operation and changes nothing", async () => {
      const requestId = randomUUID();
      const first = await updateLabelsCall(requestId, { v: "1" });
      await emulator.operations("DeleteOperation", { name: first.name });
      await updateLabelsCall(randomUUID(), { v: "2" });
      const retry = await updateLabelsCall(requestId, { v: "1" });
      assert.equal(retry.name, first.name);
      assert.equal(retry.done, true);
      assert.equal(unpack(retry.response, "google.cloud.visionai.v1.Stream").labels.v, "1");
      assert.deepEqual((await emulator.streams("GetStream", { name: STREAM })).labels, { v: "2" });
      await assertRejects(
        emulator.operations("GetOperation", { name: first.name }),
        grpc.status.NOT_FOUND,
        first.name,
      );
    });

    it("a retried delete does not delete a resource created again under the same name", async () => {
      const requestId = randomUUID();
      const first = await emulator.streams("DeleteStream", { name: STREAM, request_id: requestId });
      await createStream(emulator);
      const retry = await emulator.streams("DeleteStream", { name: STREAM, request_id: requestId });
      assert.equal(retry.name, first.name);
      await emulator.streams("GetStream", { name: STREAM });
    });
  });

  describe("the same request_id with a different request", () => {
    it("a different body on the same RPC gets the original operation; the new body is ignored", async () => {
      const requestId = randomUUID();
      const first = await createClusterCall(requestId, "cluster-a", { labels: { first: "yes" } });
      const second = await createClusterCall(requestId, "cluster-b", { labels: { second: "yes" } });
      assert.equal(second.name, first.name);
      assert.equal(
        unpack(second.response, "google.cloud.visionai.v1.Cluster").name,
        `${LOCATION}/clusters/cluster-a`,
      );
      assert.deepEqual(await clusterNames(), [`${LOCATION}/clusters/cluster-a`]);
    });

    it("an update with different values under a used request_id changes nothing", async () => {
      await createCluster(emulator);
      await createStream(emulator, "camera-1", { labels: { v: "0" } });
      const requestId = randomUUID();
      const first = await updateLabelsCall(requestId, { v: "1" });
      const second = await updateLabelsCall(requestId, { v: "other" });
      assert.equal(second.name, first.name);
      assert.deepEqual((await emulator.streams("GetStream", { name: STREAM })).labels, { v: "1" });
    });

    it("request_ids are remembered per RPC: the same id on another RPC starts its own operation", async () => {
      const requestId = randomUUID();
      const cluster = await createClusterCall(requestId);
      const stream = await emulator.streams("CreateStream", {
        parent: CLUSTER,
        stream_id: "camera-1",
        stream: {},
        request_id: requestId,
      });
      assert.notEqual(stream.name, cluster.name);
      await emulator.streams("GetStream", { name: STREAM });
    });
  });

  describe("how long request_ids are remembered", () => {
    it("a request_id is still honoured 60 minutes after its first use", async () => {
      const requestId = randomUUID();
      const first = await createClusterCall(requestId);
      clock.advance(60 * MINUTE);
      const retry = await createClusterCall(requestId);
      assert.equal(retry.name, first.name);
    });

    it("after the 60-minute window the request_id is forgotten and the call runs again", async () => {
      await createCluster(emulator);
      await createStream(emulator);
      const requestId = randomUUID();
      const first = await updateLabelsCall(requestId, { v: "1" });
      clock.advance(60 * MINUTE + 1);
      const again = await updateLabelsCall(requestId, { v: "1" });
      assert.notEqual(again.name, first.name);
    });

    it("control Reset forgets every request_id", async () => {
      const requestId = randomUUID();
      const first = await createClusterCall(requestId);
      await emulator.control("Reset", {});
      const again = await createClusterCall(requestId);
      assert.notEqual(again.name, first.name);
      assert.deepEqual(await clusterNames(), [CLUSTER]);
    });
  });
});
