import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { main as cleanup } from "../../examples/client/cleanup";
import { CLUSTER_PATH } from "../../examples/client/example-support";
import { main as setupInfrastructure } from "../../examples/client/infrastructure-setup";
import { main as materializeChannels } from "../../examples/client/materialize-channels";
import { main as monitorEventsAndSeries } from "../../examples/client/monitor-events-and-series";
import { main as manageStreamLifecycle } from "../../examples/client/stream-lifecycle";
import { collect, startHarness, type Harness } from "./support/emulator";

/** The seed's usage examples, run in order against one emulator, each checked by what it left behind. */
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

  it("monitoring lists high-priority events newest first with their series", async () => {
    const client = harness.client;
    for (const eventId of ["motion-detection-event", "person-detected-event"]) {
      const event = { name: `${CLUSTER_PATH}/events/${eventId}`, labels: { priority: "high" } };
      await (await client.updateEvent({ event, updateMask: ["labels"] })).result();
    }
    const reports = await monitorEventsAndSeries(options());
    assert.deepEqual(
      reports.map((report) => report.event.displayName),
      ["Person Detected Event", "Motion Detection Event"],
    );
    for (const report of reports) {
      assert.equal(report.series.length, 2);
      assert.ok(report.series.every((series) => series.event === report.event.name));
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
