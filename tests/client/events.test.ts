import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotationKeyFor } from "../../client";
import { collect, emulatorSuite } from "./support/emulator";
import { rawGet } from "./support/raw-wire";

describe("event methods", () => {
  const suite = emulatorSuite({ clusterId: "video-cluster" });

  async function createMotionEvent() {
    const operation = await suite.harness.client.createEvent({
      parent: suite.cluster,
      eventId: "motion",
      event: {
        displayName: "Motion",
        description: "Motion detected",
        gracePeriod: { seconds: 30 },
        alignmentClock: "LIVE",
      },
    });
    return operation.result();
  }

  it("createEvent accepts the seed's LIVE clock and returns v1's INGEST", async () => {
    const event = await createMotionEvent();
    assert.equal(event.alignmentClock, "INGEST");
    assert.deepEqual(event.gracePeriod, { seconds: 30, nanos: 0 });
    assert.equal(event.displayName, "Motion");
    assert.equal(event.description, "Motion detected");
    const stored = await rawGet(suite.harness.emulator, "GetEvent", event.name);
    assert.deepEqual(stored.annotations, {
      [annotationKeyFor("displayName")]: "Motion",
      [annotationKeyFor("description")]: "Motion detected",
    });
  });

  it("getEvent and listEvents return the same event", async () => {
    const created = await createMotionEvent();
    assert.deepEqual(await suite.harness.client.getEvent({ name: created.name }), created);
    assert.deepEqual(await collect(suite.harness.client.listEvents({ parent: suite.cluster })), [created]);
  });

  it("finding an event by its seed display name lists and matches client-side: v1 rejects a display_name filter", async () => {
    const created = await createMotionEvent();
    const { client } = suite.harness;
    await assert.rejects(
      collect(client.listEvents({ parent: suite.cluster, filter: 'display_name = "Motion"' })),
      {
        status: "INVALID_ARGUMENT",
        serverMessage: /Event has no field 'display_name'/,
      },
    );
    const all = await collect(client.listEvents({ parent: suite.cluster }));
    assert.deepEqual(
      all.filter((event) => event.displayName === "Motion"),
      [created],
    );
  });

  it("updateEvent takes a grace period string and a camelCase mask", async () => {
    const created = await createMotionEvent();
    const operation = await suite.harness.client.updateEvent({
      event: { name: created.name, gracePeriod: "1.5s", alignmentClock: "CAPTURE" },
      updateMask: ["gracePeriod", "alignmentClock"],
    });
    const updated = await operation.result();
    assert.deepEqual(updated.gracePeriod, { seconds: 1, nanos: 500_000_000 });
    assert.equal(updated.alignmentClock, "CAPTURE");
    assert.equal(updated.displayName, "Motion");
    assert.deepEqual(suite.harness.emulator.control.auditLog("UpdateEvent")[0].updateMaskPaths, [
      "grace_period",
      "alignment_clock",
    ]);
  });

  it("deleteEvent removes the event", async () => {
    const created = await createMotionEvent();
    assert.equal(await (await suite.harness.client.deleteEvent({ name: created.name })).result(), undefined);
    await assert.rejects(suite.harness.client.getEvent({ name: created.name }), { status: "NOT_FOUND" });
  });
});
