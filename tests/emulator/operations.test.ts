import * as grpc from "@grpc/grpc-js";
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ManualClock } from "../../emulator";
import { assertRejects } from "./support/assertions";
import {
  CLUSTER,
  CLUSTER_ID,
  LOCATION,
  STREAM,
  createCluster,
  createStream,
  runToDone,
  useTestEmulator,
} from "./support/harness";
import { fromRpcStatus, unpack, type Message } from "./support/wire-client";

const METADATA_TYPE = "google.cloud.visionai.v1.OperationMetadata";
const CLUSTER_TYPE = "google.cloud.visionai.v1.Cluster";
const STREAM_TYPE = "google.cloud.visionai.v1.Stream";
const OPERATION_NAME = /^projects\/test-project\/locations\/us-central1\/operations\/[^/]+$/;
/** Long enough that nothing finishes unless a test advances the clock or completes operations. */
const DELAY_MILLIS = 30_000;

function metadataOf(operation: Message): Message {
  return unpack(operation.metadata, METADATA_TYPE);
}

function millisOf(timestamp: Message): number {
  return Number(timestamp.seconds) * 1000 + Math.floor(timestamp.nanos / 1e6);
}

/** AIP-151: a done operation carries exactly one of `error` and `response`. */
function assertSucceeded(operation: Message): void {
  assert.equal(operation.done, true);
  assert.equal(operation.result, "response", `operation failed: ${operation.error?.message}`);
  assert.ok(!operation.error, "a successful operation has no error");
}

function assertFailed(operation: Message, code: grpc.status): ReturnType<typeof fromRpcStatus> {
  assert.equal(operation.done, true);
  assert.equal(operation.result, "error");
  assert.ok(!operation.response, "a failed operation has no response");
  const status = fromRpcStatus(operation.error);
  assert.equal(grpc.status[status.code], grpc.status[code], status.message);
  assert.equal(status.errorInfo?.domain, "visionai.googleapis.com");
  return status;
}

describe("long-running operations (AIP-151)", () => {
  const clock = new ManualClock();

  const emulator = useTestEmulator({ clock });

  /** Makes operations started from now on run until the clock passes DELAY_MILLIS (or CompleteOperations). */
  async function slowOperations(): Promise<void> {
    const options = await emulator.control("SetOptions", { operation_delay_ms: DELAY_MILLIS });
    assert.equal(options.operation_delay_ms, DELAY_MILLIS);
  }

  function getOperation(operation: Message): Promise<Message> {
    return emulator.operations("GetOperation", { name: operation.name });
  }

  function startClusterCreate(clusterId = CLUSTER_ID): Promise<Message> {
    return emulator.streams("CreateCluster", { parent: LOCATION, cluster_id: clusterId, cluster: {} });
  }

  describe("names, metadata and results", () => {
    it("a create operation is named under the location and its metadata is OperationMetadata", async () => {
      const operation = await createCluster(emulator);
      assert.match(operation.name, OPERATION_NAME);
      const metadata = metadataOf(operation);
      assert.equal(metadata.target, CLUSTER);
      assert.equal(metadata.verb, "create");
      assert.equal(metadata.api_version, "v1");
      assert.equal(millisOf(metadata.create_time), clock.now());
      assert.equal(millisOf(metadata.end_time), clock.now());
      assert.equal(metadata.requested_cancellation, false);
    });

    it("a done create packs the resource as its response", async () => {
      const operation = await createCluster(emulator);
      assertSucceeded(operation);
      assert.equal(unpack(operation.response, CLUSTER_TYPE).name, CLUSTER);
    });

    it("an update operation has verb update and packs the updated resource", async () => {
      await createCluster(emulator);
      await createStream(emulator);
      const operation = await runToDone(emulator, "UpdateStream", {
        stream: { name: STREAM, display_name: "Lobby" },
        update_mask: { paths: ["display_name"] },
      });
      assertSucceeded(operation);
      assert.equal(metadataOf(operation).verb, "update");
      assert.equal(metadataOf(operation).target, STREAM);
      assert.equal(unpack(operation.response, STREAM_TYPE).display_name, "Lobby");
    });

    it("a delete operation has verb delete and packs google.protobuf.Empty", async () => {
      await createCluster(emulator);
      const operation = await runToDone(emulator, "DeleteCluster", { name: CLUSTER });
      assertSucceeded(operation);
      assert.equal(metadataOf(operation).verb, "delete");
      assert.equal(metadataOf(operation).target, CLUSTER);
      assert.equal(operation.response.type_url, "type.googleapis.com/google.protobuf.Empty");
      assert.equal(operation.response.value.length, 0);
    });

    it("GetOperation with a name that is not an operation name fails with INVALID_ARGUMENT", async () => {
      const details = await assertRejects(
        emulator.operations("GetOperation", { name: `${LOCATION}/clusters/x` }),
        grpc.status.INVALID_ARGUMENT,
        "name",
      );
      assert.equal(details.badRequest?.field_violations[0].field, "name");
    });

    it("GetOperation of an unknown operation fails with NOT_FOUND", async () => {
      await assertRejects(
        emulator.operations("GetOperation", { name: `${LOCATION}/operations/no-such-operation` }),
        grpc.status.NOT_FOUND,
        `${LOCATION}/operations/no-such-operation`,
      );
    });
  });

  describe("with an operation delay", () => {
    it("an operation starts not done and GetOperation reports it done once the delay has passed", async () => {
      await slowOperations();
      const started = clock.now();
      const operation = await startClusterCreate();
      assert.equal(operation.done, false);
      assert.equal(operation.result, undefined);
      assert.equal(metadataOf(operation).end_time, null);
      assert.equal(metadataOf(operation).verb, "create");

      clock.advance(DELAY_MILLIS - 1);
      assert.equal((await getOperation(operation)).done, false);

      clock.advance(1);
      const done = await getOperation(operation);
      assertSucceeded(done);
      assert.equal(millisOf(metadataOf(done).create_time), started);
      assert.equal(millisOf(metadataOf(done).end_time), started + DELAY_MILLIS);
      assert.equal(unpack(done.response, CLUSTER_TYPE).state, "RUNNING");
    });

    it("a resource is readable with Get while its create operation runs", async () => {
      await slowOperations();
      const operation = await startClusterCreate();
      const cluster = await emulator.streams("GetCluster", { name: CLUSTER });
      assert.equal(cluster.name, CLUSTER);
      assert.equal(cluster.state, "PROVISIONING");
      assert.equal((await getOperation(operation)).done, false);
    });

    it("updating a resource whose create is still running fails with ABORTED naming the operation", async () => {
      await slowOperations();
      const operation = await startClusterCreate();
      const details = await assertRejects(
        emulator.streams("UpdateCluster", {
          cluster: { name: CLUSTER, labels: { a: "b" } },
          update_mask: { paths: ["labels"] },
        }),
        grpc.status.ABORTED,
        CLUSTER,
        operation.name,
      );
      assert.equal(details.errorInfo?.reason, "CONCURRENT_MUTATION");
      assert.equal(details.errorInfo?.metadata.operation, operation.name);
    });

    it("deleting a resource whose update is still running fails with ABORTED, and succeeds once it is done", async () => {
      await createCluster(emulator);
      await slowOperations();
      const update = await emulator.streams("UpdateCluster", {
        cluster: { name: CLUSTER, labels: { a: "b" } },
        update_mask: { paths: ["labels"] },
      });
      await assertRejects(
        emulator.streams("DeleteCluster", { name: CLUSTER }),
        grpc.status.ABORTED,
        update.name,
      );
      await assertRejects(
        emulator.streams("UpdateCluster", { cluster: { name: CLUSTER }, update_mask: { paths: ["labels"] } }),
        grpc.status.ABORTED,
      );
      clock.advance(DELAY_MILLIS);
      assertSucceeded(await getOperation(update));
      const deletion = await emulator.streams("DeleteCluster", { name: CLUSTER });
      assert.equal(deletion.done, false);
    });

    it("a second delete while the first is still running fails with ABORTED", async () => {
      await createCluster(emulator);
      await slowOperations();
      const deletion = await emulator.streams("DeleteCluster", { name: CLUSTER });
      await assertRejects(
        emulator.streams("DeleteCluster", { name: CLUSTER }),
        grpc.status.ABORTED,
        deletion.name,
      );
    });

    it("an update's new values appear when its operation finishes", async () => {
      await createCluster(emulator);
      await slowOperations();
      const update = await emulator.streams("UpdateCluster", {
        cluster: { name: CLUSTER, labels: { a: "b" } },
        update_mask: { paths: ["labels"] },
      });
      assert.deepEqual((await emulator.streams("GetCluster", { name: CLUSTER })).labels, {});
      clock.advance(DELAY_MILLIS);
      assertSucceeded(await getOperation(update));
      assert.deepEqual((await emulator.streams("GetCluster", { name: CLUSTER })).labels, { a: "b" });
    });

    it("control CompleteOperations finishes every running operation at once", async () => {
      await slowOperations();
      const first = await startClusterCreate("cluster-a");
      const second = await startClusterCreate("cluster-b");
      const response = await emulator.control("CompleteOperations", {});
      assert.equal(response.completed, 2);
      assertSucceeded(await getOperation(first));
      assertSucceeded(await getOperation(second));
      assert.equal((await emulator.control("CompleteOperations", {})).completed, 0);
    });
  });

  describe("CancelOperation", () => {
    it("cancelling a running operation ends it with CANCELLED and requested_cancellation", async () => {
      await slowOperations();
      const operation = await startClusterCreate();
      assert.deepEqual(await emulator.operations("CancelOperation", { name: operation.name }), {});
      const cancelled = await getOperation(operation);
      const status = assertFailed(cancelled, grpc.status.CANCELLED);
      assert.equal(status.code, 1);
      assert.equal(metadataOf(cancelled).requested_cancellation, true);
      assert.ok(metadataOf(cancelled).end_time, "a cancelled operation has an end_time");
    });

    it("a cancelled create leaves no resource behind, so the same id can be created again", async () => {
      await slowOperations();
      const operation = await startClusterCreate();
      await emulator.operations("CancelOperation", { name: operation.name });
      await assertRejects(emulator.streams("GetCluster", { name: CLUSTER }), grpc.status.NOT_FOUND);
      const again = await startClusterCreate();
      assert.notEqual(again.name, operation.name);
    });

    it("a cancelled stream create also removes a series made against the stream meanwhile", async () => {
      await createCluster(emulator);
      await slowOperations();
      const stream = await emulator.streams("CreateStream", {
        parent: CLUSTER,
        stream_id: "camera-1",
        stream: {},
      });
      await emulator.streams("CreateEvent", { parent: CLUSTER, event_id: "motion", event: {} });
      const series = `${CLUSTER}/series/camera-1-motion`;
      await emulator.streams("CreateSeries", {
        parent: CLUSTER,
        series_id: "camera-1-motion",
        series: { stream: STREAM, event: `${CLUSTER}/events/motion` },
      });
      await emulator.operations("CancelOperation", { name: stream.name });
      await assertRejects(emulator.streams("GetSeries", { name: series }), grpc.status.NOT_FOUND);
      await emulator.streams("GetEvent", { name: `${CLUSTER}/events/motion` });
    });

    it("a cancelled update leaves the resource unchanged and free for the next mutation", async () => {
      await createCluster(emulator, CLUSTER_ID, { labels: { keep: "me" } });
      await slowOperations();
      const update = await emulator.streams("UpdateCluster", {
        cluster: { name: CLUSTER, labels: { a: "b" } },
        update_mask: { paths: ["labels"] },
      });
      await emulator.operations("CancelOperation", { name: update.name });
      clock.advance(DELAY_MILLIS);
      assertFailed(await getOperation(update), grpc.status.CANCELLED);
      assert.deepEqual((await emulator.streams("GetCluster", { name: CLUSTER })).labels, { keep: "me" });
      const deletion = await emulator.streams("DeleteCluster", { name: CLUSTER });
      assert.equal(deletion.done, false);
    });

    it("cancelling a finished operation leaves its result as it was", async () => {
      const operation = await createCluster(emulator);
      await emulator.operations("CancelOperation", { name: operation.name });
      const after = await getOperation(operation);
      assertSucceeded(after);
      assert.equal(metadataOf(after).requested_cancellation, false);
      await emulator.streams("GetCluster", { name: CLUSTER });
    });

    it("cancelling an unknown operation fails with NOT_FOUND", async () => {
      const name = `${LOCATION}/operations/no-such-operation`;
      const details = await assertRejects(
        emulator.operations("CancelOperation", { name }),
        grpc.status.NOT_FOUND,
        name,
      );
      assert.equal(details.errorInfo?.reason, "RESOURCE_NOT_FOUND");
    });
  });

  describe("ListOperations, DeleteOperation and WaitOperation", () => {
    async function listAll(request: Message): Promise<{ names: string[]; pages: number }> {
      const names: string[] = [];
      let pageToken = "";
      let pages = 0;
      do {
        const page = await emulator.operations("ListOperations", { ...request, page_token: pageToken });
        names.push(...page.operations.map((operation: Message) => operation.name));
        pageToken = page.next_page_token;
        pages += 1;
      } while (pageToken);
      return { names: names.sort(), pages };
    }

    /** Three finished creates and one running delete. */
    async function someOperations(): Promise<{ done: string[]; running: string }> {
      const done = [];
      for (const id of ["cluster-a", "cluster-b", "cluster-c"])
        done.push((await createCluster(emulator, id)).name as string);
      await slowOperations();
      const running = await emulator.streams("DeleteCluster", { name: `${LOCATION}/clusters/cluster-a` });
      return { done, running: running.name };
    }

    it("ListOperations on the location returns every operation, page by page", async () => {
      const { done, running } = await someOperations();
      const listed = await listAll({ name: LOCATION, page_size: 3 });
      assert.deepEqual(listed.names, [...done, running].sort());
      assert.equal(listed.pages, 2);
      for (const name of listed.names) assert.match(name, OPERATION_NAME);
    });

    it("ListOperations accepts the collection name with a trailing /operations", async () => {
      const { done, running } = await someOperations();
      const listed = await listAll({ name: `${LOCATION}/operations` });
      assert.deepEqual(listed.names, [...done, running].sort());
    });

    it("ListOperations filters by done and by verb", async () => {
      const { done, running } = await someOperations();
      assert.deepEqual((await listAll({ name: LOCATION, filter: "done = true" })).names, [...done].sort());
      assert.deepEqual((await listAll({ name: LOCATION, filter: "done = false" })).names, [running]);
      assert.deepEqual((await listAll({ name: LOCATION, filter: 'verb = "delete"' })).names, [running]);
      assert.deepEqual(
        (await listAll({ name: LOCATION, filter: `target = "${LOCATION}/clusters/cluster-b"` })).names,
        [done[1]],
      );
    });

    it("ListOperations returns the operations themselves, with metadata and results", async () => {
      const { running } = await someOperations();
      const page = await emulator.operations("ListOperations", { name: LOCATION });
      for (const operation of page.operations as Message[]) {
        assert.equal(metadataOf(operation).api_version, "v1");
        if (operation.name === running) assert.equal(operation.done, false);
        else assertSucceeded(operation);
      }
    });

    it("ListOperations in another location returns nothing", async () => {
      await someOperations();
      const page = await emulator.operations("ListOperations", {
        name: "projects/test-project/locations/europe-west4",
      });
      assert.deepEqual(page.operations, []);
      assert.equal(page.next_page_token, "");
    });

    it("ListOperations with an unknown filter field fails with INVALID_ARGUMENT", async () => {
      const details = await assertRejects(
        emulator.operations("ListOperations", { name: LOCATION, filter: 'colour = "red"' }),
        grpc.status.INVALID_ARGUMENT,
        "colour",
      );
      assert.equal(details.badRequest?.field_violations[0].field, "filter");
    });

    it("after DeleteOperation, GetOperation fails with NOT_FOUND and ListOperations omits it", async () => {
      const { done } = await someOperations();
      assert.deepEqual(await emulator.operations("DeleteOperation", { name: done[0] }), {});
      await assertRejects(
        emulator.operations("GetOperation", { name: done[0] }),
        grpc.status.NOT_FOUND,
        done[0]!,
      );
      assert.ok(!(await listAll({ name: LOCATION })).names.includes(done[0]!));
      await assertRejects(emulator.operations("DeleteOperation", { name: done[0] }), grpc.status.NOT_FOUND);
    });

    it("a running operation deleted with DeleteOperation is gone from view but still takes effect", async () => {
      await slowOperations();
      const operation = await startClusterCreate();
      await emulator.operations("DeleteOperation", { name: operation.name });
      await assertRejects(getOperation(operation), grpc.status.NOT_FOUND);
      clock.advance(DELAY_MILLIS);
      assert.equal((await emulator.streams("GetCluster", { name: CLUSTER })).state, "RUNNING");
      await assertRejects(getOperation(operation), grpc.status.NOT_FOUND);
    });

    it("WaitOperation returns a finished operation as it is", async () => {
      const operation = await createCluster(emulator);
      const waited = await emulator.operations("WaitOperation", { name: operation.name });
      assert.equal(waited.name, operation.name);
      assertSucceeded(waited);
    });

    it("WaitOperation returns the operation once it finishes", async () => {
      await slowOperations();
      const operation = await startClusterCreate();
      const waiting = emulator.operations("WaitOperation", {
        name: operation.name,
        timeout: { seconds: 10, nanos: 0 },
      });
      // Calls on one connection arrive in order: once this answers, the wait has begun on the server.
      assert.equal((await getOperation(operation)).done, false);
      clock.advance(DELAY_MILLIS);
      const waited = await waiting;
      assert.equal(waited.name, operation.name);
      assertSucceeded(waited);
    });

    it("WaitOperation returns a still-running operation when its timeout passes", async () => {
      await slowOperations();
      const operation = await startClusterCreate();
      const waited = await emulator.operations("WaitOperation", {
        name: operation.name,
        timeout: { seconds: 0, nanos: 20_000_000 },
      });
      assert.equal(waited.done, false);
    });

    it("WaitOperation of an unknown operation fails with NOT_FOUND", async () => {
      await assertRejects(
        emulator.operations("WaitOperation", { name: `${LOCATION}/operations/no-such-operation` }),
        grpc.status.NOT_FOUND,
      );
    });
  });

  describe("control FailNextOperations", () => {
    it("the next operation ends with the requested error and the one after succeeds", async () => {
      const pending = await emulator.control("FailNextOperations", { count: 1, code: "FAILED_PRECONDITION" });
      assert.equal(pending.pending, 1);
      const failed = await createCluster(emulator, "cluster-a");
      const status = assertFailed(failed, grpc.status.FAILED_PRECONDITION);
      assert.equal(status.errorInfo?.reason, "EMULATOR_INJECTED_FAULT");
      assert.match(status.message, /FailNextOperations/);
      assert.equal(metadataOf(failed).status_message, "Failed");
      assert.ok(metadataOf(failed).end_time, "a failed operation has an end_time");

      assertSucceeded(await createCluster(emulator, "cluster-b"));
    });

    it("a create that fails leaves no resource behind", async () => {
      await emulator.control("FailNextOperations", { count: 1, code: "FAILED_PRECONDITION" });
      await createCluster(emulator);
      await assertRejects(emulator.streams("GetCluster", { name: CLUSTER }), grpc.status.NOT_FOUND);
    });

    it("an update that fails leaves the resource unchanged", async () => {
      await createCluster(emulator, CLUSTER_ID, { labels: { keep: "me" } });
      await emulator.control("FailNextOperations", {
        count: 1,
        code: "UNAVAILABLE",
        message: "Zone is down.",
      });
      const failed = await runToDone(emulator, "UpdateCluster", {
        cluster: { name: CLUSTER, labels: {} },
        update_mask: { paths: ["labels"] },
      });
      assert.equal(assertFailed(failed, grpc.status.UNAVAILABLE).message, "Zone is down.");
      assert.deepEqual((await emulator.streams("GetCluster", { name: CLUSTER })).labels, { keep: "me" });
    });

    it("with a delay, the failure shows only when the operation finishes", async () => {
      await slowOperations();
      await emulator.control("FailNextOperations", { count: 1, code: "FAILED_PRECONDITION" });
      const operation = await startClusterCreate();
      assert.equal(operation.done, false);
      clock.advance(DELAY_MILLIS);
      assertFailed(await getOperation(operation), grpc.status.FAILED_PRECONDITION);
    });

    it("an unknown status name is rejected with INVALID_ARGUMENT", async () => {
      await assertRejects(
        emulator.control("FailNextOperations", { count: 1, code: "NOT_A_CODE" }),
        grpc.status.INVALID_ARGUMENT,
        "code",
      );
    });
  });
});
