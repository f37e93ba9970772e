import * as grpc from "@grpc/grpc-js";
import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import { ManualClock } from "../../emulator";
import { assertRejects } from "./support/assertions";
import {
  CLUSTER,
  CLUSTER_ID,
  LOCATION,
  STREAM,
  startTestEmulator,
  type TestEmulator,
} from "./support/harness";
import { fromRpcStatus, unpack, type Message } from "./support/wire-client";

const OPERATION_DELAY_MILLIS = 10_000;
const METADATA_TYPE = "google.cloud.visionai.v1.OperationMetadata";

function metadataOf(operation: Message): Message {
  return unpack(operation.metadata, METADATA_TYPE);
}

/**
 * Operations run for OPERATION_DELAY_MILLIS on a clock the test moves, so every test can look at an
 * operation while it is still running and then let it finish, without waiting.
 */
describe("long-running operations (AIP-151)", () => {
  let emulator: TestEmulator;
  const clock = new ManualClock();

  before(async () => {
    emulator = await startTestEmulator({ clock, operationDelayMillis: OPERATION_DELAY_MILLIS });
  });
  after(() => emulator.stop());
  beforeEach(() => emulator.emulator.control.reset());

  const getOperation = (operation: Message) => emulator.operations("GetOperation", { name: operation.name });

  function startCluster(clusterId = CLUSTER_ID): Promise<Message> {
    return emulator.streams("CreateCluster", { parent: LOCATION, cluster_id: clusterId, cluster: {} });
  }

  async function createdCluster(): Promise<void> {
    await startCluster();
    clock.advance(OPERATION_DELAY_MILLIS);
  }

  it("a running operation is named under its location and carries metadata without an end_time", async () => {
    const operation = await startCluster();
    assert.match(operation.name, /^projects\/test-project\/locations\/us-central1\/operations\/[a-z0-9-]+$/);
    assert.equal(operation.done, false);
    assert.equal(operation.result, undefined, "a running operation has neither error nor response");
    const metadata = metadataOf(operation);
    assert.equal(metadata.target, CLUSTER);
    assert.equal(metadata.verb, "create");
    assert.equal(metadata.api_version, "v1");
    assert.equal(metadata.requested_cancellation, false);
    assert.ok(metadata.create_time, "create_time is set when the operation starts");
    assert.equal(metadata.end_time, null);
  });

  it("the operation is done once its delay has passed, with the resource as response and an end_time", async () => {
    const operation = await startCluster();
    clock.advance(OPERATION_DELAY_MILLIS - 1);
    assert.equal((await getOperation(operation)).done, false);
    clock.advance(1);
    const done = await getOperation(operation);
    assert.equal(done.done, true);
    assert.equal(done.result, "response");
    assert.equal(done.error, undefined, "exactly one of error and response");
    assert.equal(unpack(done.response, "google.cloud.visionai.v1.Cluster").state, "RUNNING");
    const metadata = metadataOf(done);
    assert.equal(
      Number(metadata.end_time.seconds) - Number(metadata.create_time.seconds),
      OPERATION_DELAY_MILLIS / 1000,
    );
  });

  it("a resource is visible while its create operation runs, then reaches its final state", async () => {
    await startCluster();
    assert.equal((await emulator.streams("GetCluster", { name: CLUSTER })).state, "PROVISIONING");
    clock.advance(OPERATION_DELAY_MILLIS);
    assert.equal((await emulator.streams("GetCluster", { name: CLUSTER })).state, "RUNNING");
  });

  it("a delete operation packs google.protobuf.Empty as its response", async () => {
    await createdCluster();
    const operation = await emulator.streams("DeleteCluster", { name: CLUSTER });
    assert.equal(metadataOf(operation).verb, "delete");
    clock.advance(OPERATION_DELAY_MILLIS);
    const done = await getOperation(operation);
    assert.equal(done.result, "response");
    assert.equal(done.response.type_url, "type.googleapis.com/google.protobuf.Empty");
    assert.equal(done.response.value.length, 0);
  });

  it("a second mutation while one is in flight fails with ABORTED naming the running operation", async () => {
    const create = await startCluster();
    await assertRejects(
      emulator.streams("UpdateCluster", { cluster: { name: CLUSTER, labels: { a: "b" } } }),
      grpc.status.ABORTED,
      CLUSTER,
      create.name,
    );
    await assertRejects(emulator.streams("DeleteCluster", { name: CLUSTER }), grpc.status.ABORTED, CLUSTER);
    clock.advance(OPERATION_DELAY_MILLIS);
    const update = await emulator.streams("UpdateCluster", {
      cluster: { name: CLUSTER, labels: { a: "b" } },
    });
    assert.equal(metadataOf(update).verb, "update");
  });

  it("cancelling a running create ends it with CANCELLED, sets requested_cancellation and removes the resource", async () => {
    const operation = await startCluster();
    await emulator.operations("CancelOperation", { name: operation.name });
    const cancelled = await getOperation(operation);
    assert.equal(cancelled.done, true);
    assert.equal(cancelled.result, "error");
    assert.equal(cancelled.response, undefined, "exactly one of error and response");
    assert.equal(cancelled.error.code, grpc.status.CANCELLED);
    assert.equal(fromRpcStatus(cancelled.error).errorInfo?.domain, "visionai.googleapis.com");
    assert.equal(metadataOf(cancelled).requested_cancellation, true);
    await assertRejects(emulator.streams("GetCluster", { name: CLUSTER }), grpc.status.NOT_FOUND);
  });

  it("cancelling a finished operation leaves its result as it was", async () => {
    const operation = await startCluster();
    clock.advance(OPERATION_DELAY_MILLIS);
    await emulator.operations("CancelOperation", { name: operation.name });
    const done = await getOperation(operation);
    assert.equal(done.result, "response");
    assert.equal(metadataOf(done).requested_cancellation, false);
  });

  it("an unknown operation fails with NOT_FOUND; a malformed operation name with INVALID_ARGUMENT", async () => {
    const missing = `${LOCATION}/operations/operation-does-not-exist`;
    await assertRejects(
      emulator.operations("GetOperation", { name: missing }),
      grpc.status.NOT_FOUND,
      missing,
    );
    await assertRejects(emulator.operations("CancelOperation", { name: missing }), grpc.status.NOT_FOUND);
    await assertRejects(
      emulator.operations("GetOperation", { name: "operations/42" }),
      grpc.status.INVALID_ARGUMENT,
      "name",
    );
  });

  it("ListOperations pages through a location's operations and filters on done", async () => {
    await createdCluster();
    for (const id of ["camera-1", "camera-2", "camera-3"]) {
      await emulator.streams("CreateStream", { parent: CLUSTER, stream_id: id, stream: {} });
    }
    const seen: string[] = [];
    let pageToken = "";
    do {
      const page = await emulator.operations("ListOperations", {
        name: LOCATION,
        page_size: 2,
        page_token: pageToken,
      });
      assert.ok(page.operations.length <= 2);
      seen.push(...page.operations.map((operation: Message) => metadataOf(operation).target));
      pageToken = page.next_page_token;
    } while (pageToken);
    assert.deepEqual(seen.sort(), [
      CLUSTER,
      STREAM,
      `${CLUSTER}/streams/camera-2`,
      `${CLUSTER}/streams/camera-3`,
    ]);

    const running = await emulator.operations("ListOperations", { name: LOCATION, filter: "done = false" });
    assert.equal(running.operations.length, 3);
    const finished = await emulator.operations("ListOperations", { name: LOCATION, filter: "done = true" });
    assert.deepEqual(
      finished.operations.map((operation: Message) => metadataOf(operation).target),
      [CLUSTER],
    );
  });

  it("DeleteOperation forgets a finished operation but leaves its resource", async () => {
    const operation = await startCluster();
    clock.advance(OPERATION_DELAY_MILLIS);
    await emulator.operations("DeleteOperation", { name: operation.name });
    await assertRejects(getOperation(operation), grpc.status.NOT_FOUND);
    assert.equal((await emulator.streams("GetCluster", { name: CLUSTER })).state, "RUNNING");
  });

  it("WaitOperation returns the operation once it is done", async () => {
    const operation = await startCluster();
    const waiting = emulator.operations("WaitOperation", { name: operation.name, timeout: { seconds: 30 } });
    clock.advance(OPERATION_DELAY_MILLIS);
    const done = await waiting;
    assert.equal(done.done, true);
    assert.equal(done.result, "response");
  });

  it("CompleteOperations finishes every running operation at once", async () => {
    const operation = await startCluster();
    const { completed } = await emulator.control("CompleteOperations", {});
    assert.equal(completed, 1);
    assert.equal((await getOperation(operation)).done, true);
  });

  it("FailNextOperations ends the next operation with the given error and rolls its create back", async () => {
    await emulator.control("FailNextOperations", { count: 1, code: "RESOURCE_EXHAUSTED", message: "quota" });
    const failed = await startCluster("failing-cluster");
    const succeeded = await startCluster();
    clock.advance(OPERATION_DELAY_MILLIS);

    const failedDone = await getOperation(failed);
    assert.equal(failedDone.result, "error");
    const status = fromRpcStatus(failedDone.error);
    assert.equal(status.code, grpc.status.RESOURCE_EXHAUSTED);
    assert.equal(status.message, "quota");
    assert.equal(status.errorInfo?.domain, "visionai.googleapis.com");
    await assertRejects(
      emulator.streams("GetCluster", { name: `${LOCATION}/clusters/failing-cluster` }),
      grpc.status.NOT_FOUND,
    );

    assert.equal((await getOperation(succeeded)).result, "response");
  });
});
