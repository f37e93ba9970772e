import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  CLUSTER,
  EVENT,
  SERIES,
  STREAM,
  createClusterWithSeries,
  runToDone,
  useTestEmulator,
} from "./support/harness";

describe("control surface: ListResources", () => {
  const emulator = useTestEmulator({}, { resetBeforeEach: false });

  it("lists every stored resource of every kind by name, channels included", async () => {
    await createClusterWithSeries(emulator);
    await runToDone(emulator, "MaterializeChannel", {
      parent: CLUSTER,
      channel_id: "camera-1-motion",
      channel: { stream: STREAM, event: EVENT },
    });
    assert.deepEqual((await emulator.control("ListResources", {})).resources, [
      { kind: "Cluster", name: CLUSTER },
      { kind: "Channel", name: `${CLUSTER}/channels/camera-1-motion` },
      { kind: "Event", name: EVENT },
      { kind: "Series", name: SERIES },
      { kind: "Stream", name: STREAM },
    ]);
    await emulator.control("Reset", {});
    assert.deepEqual((await emulator.control("ListResources", {})).resources, []);
  });
});
