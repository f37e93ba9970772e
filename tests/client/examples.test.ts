import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { main as cleanup } from "../../examples/client/cleanup";
import { CLUSTER_PATH } from "../../examples/client/example-support";
import { main as setupInfrastructure } from "../../examples/client/infrastructure-setup";
import { main as materializeChannels } from "../../examples/client/materialize-channels";
import { main as monitorEventsAndSeries } from "../../examples/client/monitor-events-and-series";
import { main as manageStreamLifecycle } from "../../examples/client/stream-lifecycle";
import { collect, startHarness, type Harness } from "./support/emulator";

/** The events the monitoring example picks out once they are labelled `priority: high`. */
const HIGH_PRIORITY_EVENT_IDS = ["motion-detection-event", "person-detected-event"];

/**
 * The seed's usage examples, run in order against one emulator, each checked by what it left behind; each
 * builds on what the ones before it created, and a case that changes state only for itself restores it.
 */
describe("client examples", () => {
  let harness: Harness;
  const lines: string[] = [];
  const options = () => ({ client: harness.client, log: (line: string) => lines.push(line) });
  before(async () => {
    harness = await startHarness();
  });
  after(() => harness.stop());

  it("infrastructure setup creates a cluster, two streams, two events and four series", async () => {
    const result = await setupInfrastructure(options());
    assert.equal(result.cluster.name, CLUSTER_PATH);
    assert.equal(result.cluster.displayName, "Video Processing Cluster");
    assert.deepEqual(result.cluster.labels, { environment: "production", team: "video-analytics" });
    const client = harness.client;
    const streams = await collect(client.listStreams({ parent: CLUSTER_PATH }));
    assert.deepEqual(streams.map((stream) => stream.displayName).sort(), [
      "Camera 1 Stream",
      "Camera 2 Stream",
    ]);
    const events = await collect(client.listEvents({ parent: CLUSTER_PATH }));
    assert.deepEqual(events.map((event) => event.gracePeriod?.seconds).sort(), [10, 30]);
    const series = await collect(client.listSeries({ parent: CLUSTER_PATH }));
    assert.deepEqual(series.map((item) => item.displayName).sort(), [
      "Series 1-1",
      "Series 1-2",
      "Series 2-1",
      "Series 2-2",
    ]);
    assert.ok(lines.includes(`Created cluster: ${CLUSTER_PATH}`));
  });

  it("stream lifecycle gets an HLS token and writes a thumbnail for each stream", async () => {
    const reports = await manageStreamLifecycle(options());
    assert.equal(reports.length, 2);
    for (const report of reports) {
      assert.ok(report.hlsToken?.token, `a token for ${report.stream.name}`);
      const image = harness.emulator.control.readObject(report.thumbnailObject);
      assert.ok(image && image.length > 0, `thumbnail ${report.thumbnailObject} written`);
    }
  });

  it("monitoring lists high-priority events newest first, each with its two series", async () => {
    const client = harness.client;
    const names = HIGH_PRIORITY_EVENT_IDS.map((eventId) => `${CLUSTER_PATH}/events/${eventId}`);
    const originalLabels = await Promise.all(
      names.map(async (name) => (await client.getEvent({ name })).labels),
    );
    const setLabels = async (labels: Record<string, string>[]) => {
      for (const [i, name] of names.entries()) {
        await (
          await client.updateEvent({ event: { name, labels: labels[i] }, updateMask: ["labels"] })
        ).result();
      }
    };
    await setLabels(names.map(() => ({ priority: "high" })));
    try {
      const reports = await monitorEventsAndSeries(options());
      assert.deepEqual(
        reports.map((report) => report.event.displayName),
        ["Person Detected Event", "Motion Detection Event"],
      );
      for (const report of reports) {
        assert.equal(report.series.length, 2);
        assert.ok(report.series.every((series) => series.event === report.event.name));
      }
    } finally {
      await setLabels(originalLabels);
    }
  });

  it("channel materialization makes a channel for camera 1's motion events", async () => {
    const channel = await materializeChannels(options());
    assert.equal(channel.name, `${CLUSTER_PATH}/channels/motion-detection-channel`);
    assert.equal(channel.stream, `${CLUSTER_PATH}/streams/camera-1-stream`);
    assert.equal(channel.event, `${CLUSTER_PATH}/events/motion-detection-event`);
  });

  it("cleanup deletes series, then events and streams, then the cluster", async () => {
    const deleted = await cleanup(options());
    assert.equal(deleted.length, 4 + 2 + 2 + 1);
    assert.deepEqual(
      deleted.map((name) => name.split("/").at(-2)),
      ["series", "series", "series", "series", "events", "events", "streams", "streams", "clusters"],
    );
    await assert.rejects(harness.client.getCluster({ name: CLUSTER_PATH }), { status: "NOT_FOUND" });
  });
});
