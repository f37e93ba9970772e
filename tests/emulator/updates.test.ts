import * as grpc from "@grpc/grpc-js";
import assert from "node:assert/strict";
import { beforeEach, describe, it } from "node:test";
import { assertRejects } from "./support/assertions";
import {
  CLUSTER,
  EVENT,
  STREAM,
  createCluster,
  createEvent,
  createStream,
  runToDone,
  useTestEmulator,
} from "./support/harness";
import { unpack } from "./support/wire-client";

const FULL_STREAM = {
  display_name: "Camera 1",
  enable_hls_playback: true,
  media_warehouse_asset: "projects/p/locations/l/corpora/c/assets/a",
  labels: { env: "prod", team: "video" },
  annotations: { note: "x" },
};

describe("updates (AIP-134)", () => {
  const emulator = useTestEmulator();
  beforeEach(async () => {
    await createCluster(emulator);
    await createStream(emulator, "camera-1", FULL_STREAM);
  });

  async function updateStream(stream: object, paths?: string[]) {
    const request: Record<string, unknown> = { stream: { name: STREAM, ...stream } };
    if (paths) request.update_mask = { paths };
    const operation = await runToDone(emulator, "UpdateStream", request);
    return unpack(operation.response, "google.cloud.visionai.v1.Stream");
  }

  it("update changes only the fields in update_mask", async () => {
    const updated = await updateStream({ display_name: "Renamed", enable_hls_playback: false }, [
      "display_name",
    ]);
    assert.equal(updated.display_name, "Renamed");
    assert.equal(updated.enable_hls_playback, true);
    assert.deepEqual(updated.labels, FULL_STREAM.labels);
  });

  it("labels in update_mask replace the whole map, dropping keys not sent", async () => {
    const updated = await updateStream({ labels: { env: "dev" } }, ["labels"]);
    assert.deepEqual(updated.labels, { env: "dev" });
  });

  it("an update_mask of * replaces every updatable field", async () => {
    const updated = await updateStream({ display_name: "Only this" }, ["*"]);
    assert.equal(updated.display_name, "Only this");
    assert.equal(updated.enable_hls_playback, false);
    assert.equal(updated.media_warehouse_asset, "");
    assert.deepEqual(updated.labels, {});
  });

  it("a missing update_mask replaces every updatable field by default", async () => {
    const updated = await updateStream({ display_name: "No mask" });
    assert.equal(updated.display_name, "No mask");
    assert.deepEqual(updated.annotations, {});
  });

  it("with missing-update-mask=reject, an empty update_mask fails with INVALID_ARGUMENT", async () => {
    emulator.emulator.control.setOptions({ missingUpdateMask: "reject" });
    await assertRejects(
      emulator.streams("UpdateStream", { stream: { name: STREAM }, update_mask: { paths: [] } }),
      grpc.status.INVALID_ARGUMENT,
      "Field `update_mask` is required (this emulator runs with missing-update-mask=reject).",
    );
  });

  it("an unknown update_mask path fails with INVALID_ARGUMENT listing the updatable fields", async () => {
    const details = await assertRejects(
      emulator.streams("UpdateStream", { stream: { name: STREAM }, update_mask: { paths: ["displayName"] } }),
      grpc.status.INVALID_ARGUMENT,
      'Field `update_mask` has the path "displayName", which is not an updatable field of Stream.',
      "labels, annotations, display_name, enable_hls_playback, media_warehouse_asset",
    );
    assert.equal(details.badRequest?.field_violations[0].field, "update_mask");
  });

  it("a map-entry path such as labels.env fails with INVALID_ARGUMENT: maps are replaced whole", async () => {
    await assertRejects(
      emulator.streams("UpdateStream", { stream: { name: STREAM }, update_mask: { paths: ["labels.env"] } }),
      grpc.status.INVALID_ARGUMENT,
      'Use the path "labels" and send the complete map.',
    );
  });

  it("output-only paths in update_mask are ignored", async () => {
    const before = await emulator.streams("GetStream", { name: STREAM });
    const updated = await updateStream({ create_time: { seconds: "1", nanos: 0 }, display_name: "X" }, [
      "create_time",
      "display_name",
    ]);
    assert.deepEqual(updated.create_time, before.create_time);
    assert.equal(updated.display_name, "X");
  });

  it("updating a missing stream fails with NOT_FOUND", async () => {
    await assertRejects(
      emulator.streams("UpdateStream", {
        stream: { name: `${CLUSTER}/streams/nope` },
        update_mask: { paths: ["labels"] },
      }),
      grpc.status.NOT_FOUND,
      `Stream "${CLUSTER}/streams/nope" was not found.`,
    );
  });

  it("an update without the resource's name fails with INVALID_ARGUMENT naming stream.name", async () => {
    await assertRejects(
      emulator.streams("UpdateStream", {
        stream: { display_name: "x" },
        update_mask: { paths: ["display_name"] },
      }),
      grpc.status.INVALID_ARGUMENT,
      "Field `stream.name` is required but was empty.",
    );
  });

  it("an event's grace_period can be cleared through the mask", async () => {
    await createEvent(emulator, "motion", { grace_period: { seconds: "30", nanos: 0 } });
    const operation = await runToDone(emulator, "UpdateEvent", {
      event: { name: EVENT },
      update_mask: { paths: ["grace_period"] },
    });
    assert.equal(unpack(operation.response, "google.cloud.visionai.v1.Event").grace_period, null);
  });
});
