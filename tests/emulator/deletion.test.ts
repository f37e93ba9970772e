import * as grpc from "@grpc/grpc-js";
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertRejects } from "./support/assertions";
import {
  CLUSTER,
  EVENT,
  SERIES,
  STREAM,
  createCluster,
  createClusterWithSeries,
  createEvent,
  createStream,
  runToDone,
  useTestEmulator,
} from "./support/harness";

describe("deleting resources with dependants", () => {
  const emulator = useTestEmulator();

  it("deleting a cluster that still has streams fails with FAILED_PRECONDITION", async () => {
    await createCluster(emulator);
    await createStream(emulator);
    const details = await assertRejects(
      emulator.streams("DeleteCluster", { name: CLUSTER }),
      grpc.status.FAILED_PRECONDITION,
      `Cluster "${CLUSTER}" still has 1 dependant resource(s): ${STREAM}.`,
      "Delete them first",
    );
    assert.equal(details.errorInfo?.reason, "RESOURCE_HAS_DEPENDANTS");
    await emulator.streams("GetCluster", { name: CLUSTER });
  });

  it("deleting a stream that a series uses fails with FAILED_PRECONDITION naming the series", async () => {
    await createClusterWithSeries(emulator);
    await assertRejects(
      emulator.streams("DeleteStream", { name: STREAM }),
      grpc.status.FAILED_PRECONDITION,
      SERIES,
    );
  });

  it("deleting an event that a series uses fails with FAILED_PRECONDITION", async () => {
    await createClusterWithSeries(emulator);
    await assertRejects(
      emulator.streams("DeleteEvent", { name: EVENT }),
      grpc.status.FAILED_PRECONDITION,
      SERIES,
    );
  });

  it("resources delete in dependency order: series, then stream and event, then cluster", async () => {
    await createClusterWithSeries(emulator);
    for (const [method, name] of [
      ["DeleteSeries", SERIES],
      ["DeleteStream", STREAM],
      ["DeleteEvent", EVENT],
      ["DeleteCluster", CLUSTER],
    ]) {
      const operation = await runToDone(emulator, method!, { name });
      assert.equal(operation.result, "response", `${method} failed`);
    }
    assert.deepEqual(
      (await emulator.streams("ListClusters", { parent: CLUSTER.split("/clusters/")[0] })).clusters,
      [],
    );
  });

  it("channels never block a deletion and are deleted with their stream", async () => {
    await createCluster(emulator);
    await createStream(emulator);
    await createEvent(emulator);
    const channel = { parent: CLUSTER, channel_id: "ch", channel: { stream: STREAM, event: EVENT } };
    await runToDone(emulator, "MaterializeChannel", channel);
    await runToDone(emulator, "DeleteStream", { name: STREAM });
    await createStream(emulator);
    const again = await runToDone(emulator, "MaterializeChannel", channel);
    assert.equal(again.result, "response", "the channel went with its stream, so its ID is free again");
  });

  it("with delete-with-dependants=cascade, deleting a cluster deletes everything in it", async () => {
    emulator.emulator.control.setOptions({ deleteWithDependants: "cascade" });
    await createClusterWithSeries(emulator);
    await runToDone(emulator, "DeleteCluster", { name: CLUSTER });
    await createCluster(emulator);
    assert.deepEqual((await emulator.streams("ListStreams", { parent: CLUSTER })).streams, []);
    assert.deepEqual((await emulator.streams("ListSeries", { parent: CLUSTER })).series, []);
  });

  it("deleting a missing stream fails with NOT_FOUND", async () => {
    await createCluster(emulator);
    await assertRejects(
      emulator.streams("DeleteStream", { name: STREAM }),
      grpc.status.NOT_FOUND,
      `Stream "${STREAM}" was not found.`,
    );
  });

  it("nothing can be created in a cluster, or on a stream, whose delete is still running", async () => {
    await createCluster(emulator);
    await createStream(emulator);
    await createEvent(emulator);
    await emulator.control("SetOptions", { operation_delay_ms: 60_000 });
    const deleteStream = await emulator.streams("DeleteStream", { name: STREAM });
    const series = await assertRejects(
      emulator.streams("CreateSeries", {
        parent: CLUSTER,
        series_id: "late",
        series: { stream: STREAM, event: EVENT },
      }),
      grpc.status.FAILED_PRECONDITION,
      `Stream "${STREAM}" is being deleted by operation "${deleteStream.name}"`,
    );
    assert.equal(series.errorInfo?.reason, "RESOURCE_BEING_DELETED");
    await emulator.streams("DeleteEvent", { name: EVENT });
    await emulator.control("CompleteOperations", {});

    await emulator.streams("DeleteCluster", { name: CLUSTER });
    await assertRejects(
      emulator.streams("CreateStream", { parent: CLUSTER, stream_id: "late", stream: {} }),
      grpc.status.FAILED_PRECONDITION,
      `Cluster "${CLUSTER}" is being deleted`,
    );
    await emulator.control("CompleteOperations", {});
    await assertRejects(emulator.streams("GetCluster", { name: CLUSTER }), grpc.status.NOT_FOUND);
  });
});
