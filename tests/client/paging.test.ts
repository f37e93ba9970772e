import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { collect, LOCATION_NAME, startHarness, type Harness } from "./support/emulator";

const CLUSTER_IDS = ["c-01", "c-02", "c-03", "c-04", "c-05", "c-06", "c-07"];
const HIGH_PRIORITY = new Set(["c-02", "c-05", "c-07"]);

describe("list paging", () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
    for (const clusterId of CLUSTER_IDS) {
      const labels = { priority: HIGH_PRIORITY.has(clusterId) ? "high" : "low" };
      await (
        await harness.client.createCluster({ parent: LOCATION_NAME, clusterId, cluster: { labels } })
      ).result();
    }
  });
  after(() => harness.stop());

  const idOf = (name: string) => name.slice(name.lastIndexOf("/") + 1);

  it("listClustersPage returns one page and a token for the next", async () => {
    const first = await harness.client.listClustersPage({ parent: LOCATION_NAME, pageSize: 3 });
    assert.equal(first.items.length, 3);
    assert.notEqual(first.nextPageToken, "");
    const second = await harness.client.listClustersPage({
      parent: LOCATION_NAME,
      pageSize: 3,
      pageToken: first.nextPageToken,
    });
    const seen = new Set([...first.items, ...second.items].map((cluster) => cluster.name));
    assert.equal(seen.size, 6, "the second page continues where the first stopped");
  });

  it("the last page has an empty nextPageToken", async () => {
    const page = await harness.client.listClustersPage({ parent: LOCATION_NAME, pageSize: 100 });
    assert.equal(page.items.length, CLUSTER_IDS.length);
    assert.equal(page.nextPageToken, "");
  });

  it("listClusters yields every cluster across several pages", async () => {
    harness.emulator.control.clearAuditLog();
    const clusters = await collect(harness.client.listClusters({ parent: LOCATION_NAME, pageSize: 3 }));
    assert.deepEqual(clusters.map((cluster) => idOf(cluster.name)).sort(), CLUSTER_IDS);
    assert.equal(harness.emulator.control.auditLog("ListClusters").length, 3, "pages of 3, 3 and 1");
  });

  it("listClusters sends nothing until iterated", async () => {
    harness.emulator.control.clearAuditLog();
    const iterable = harness.client.listClusters({ parent: LOCATION_NAME });
    assert.equal(harness.emulator.control.auditLog("ListClusters").length, 0);
    await collect(iterable);
    assert.equal(harness.emulator.control.auditLog("ListClusters").length, 1);
  });

  it("filter is passed to the server unchanged", async () => {
    const clusters = await collect(
      harness.client.listClusters({ parent: LOCATION_NAME, filter: 'labels.priority="high"', pageSize: 2 }),
    );
    assert.deepEqual(clusters.map((cluster) => idOf(cluster.name)).sort(), [...HIGH_PRIORITY].sort());
  });

  it("orderBy is passed to the server unchanged", async () => {
    const clusters = await collect(
      harness.client.listClusters({ parent: LOCATION_NAME, orderBy: "name desc" }),
    );
    assert.deepEqual(
      clusters.map((cluster) => idOf(cluster.name)),
      [...CLUSTER_IDS].reverse(),
    );
  });

  it("a filter the server rejects surfaces as INVALID_ARGUMENT from ListClusters", async () => {
    await assert.rejects(
      collect(harness.client.listClusters({ parent: LOCATION_NAME, filter: "labels.priority =" })),
      {
        name: "VisionAiError",
        status: "INVALID_ARGUMENT",
        method: "ListClusters",
      },
    );
  });

  it("streams, events and series each have a page method that returns items and a token", async () => {
    const client = harness.client;
    const parent = `${LOCATION_NAME}/clusters/c-01`;
    const stream = (await (await client.createStream({ parent, streamId: "cam", stream: {} })).result()).name;
    const event = (await (await client.createEvent({ parent, eventId: "motion", event: {} })).result()).name;
    await (await client.createSeries({ parent, seriesId: "cam-motion", series: { stream, event } })).result();
    const pages = await Promise.all([
      client.listStreamsPage({ parent }),
      client.listEventsPage({ parent }),
      client.listSeriesPage({ parent }),
    ]);
    assert.deepEqual(
      pages.map((page) => [page.items.map((item) => item.name.split("/").at(-1)), page.nextPageToken]),
      [
        [["cam"], ""],
        [["motion"], ""],
        [["cam-motion"], ""],
      ],
    );
  });
});
