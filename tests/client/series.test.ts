import assert from "node:assert/strict";
import { beforeEach, describe, it } from "node:test";
import { collect, emulatorSuite } from "./support/emulator";

describe("series methods", () => {
  const suite = emulatorSuite({ clusterId: "video-cluster" });
  let cluster: string;
  let stream: string;
  let event: string;
  beforeEach(async () => {
    cluster = suite.cluster;
    const client = suite.harness.client;
    stream = (await (await client.createStream({ parent: cluster, streamId: "cam", stream: {} })).result())
      .name;
    event = (await (await client.createEvent({ parent: cluster, eventId: "motion", event: {} })).result())
      .name;
  });

  async function createCamSeries() {
    const operation = await suite.harness.client.createSeries({
      parent: cluster,
      seriesId: "cam-motion",
      series: { displayName: "Cam motion", description: "Camera x motion", stream, event },
    });
    return operation.result();
  }

  it("createSeries links a stream and an event and keeps the seed fields", async () => {
    const series = await createCamSeries();
    assert.equal(series.name, `${cluster}/series/cam-motion`);
    assert.equal(series.stream, stream);
    assert.equal(series.event, event);
    assert.equal(series.displayName, "Cam motion");
    assert.equal(series.description, "Camera x motion");
  });

  it("getSeries and listSeries return the same series", async () => {
    const created = await createCamSeries();
    assert.deepEqual(await suite.harness.client.getSeries({ name: created.name }), created);
    assert.deepEqual(await collect(suite.harness.client.listSeries({ parent: cluster })), [created]);
  });

  it("updateSeries changes labels only", async () => {
    const created = await createCamSeries();
    const operation = await suite.harness.client.updateSeries({
      series: { ...created, labels: { tier: "gold" } },
      updateMask: ["labels"],
    });
    const updated = await operation.result();
    assert.deepEqual(updated.labels, { tier: "gold" });
    assert.equal(updated.displayName, "Cam motion");
  });

  it("deleting a stream that a series names fails and says to delete its series first", async () => {
    await createCamSeries();
    const operationOrError = suite.harness.client
      .deleteStream({ name: stream })
      .then((operation) => operation.result());
    await assert.rejects(operationOrError, (error: Error & { status?: string }) => {
      assert.equal(error.status, "FAILED_PRECONDITION");
      assert.match(error.message, /Delete its series first/);
      return true;
    });
  });

  it("deleteSeries removes the series, after which its stream can be deleted", async () => {
    const created = await createCamSeries();
    await (await suite.harness.client.deleteSeries({ name: created.name })).result();
    await (await suite.harness.client.deleteStream({ name: stream })).result();
    assert.deepEqual(await collect(suite.harness.client.listSeries({ parent: cluster })), []);
  });
});
