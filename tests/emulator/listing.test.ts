import * as grpc from "@grpc/grpc-js";
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { ManualClock } from "../../emulator";
import { assertRejects } from "./support/assertions";
import {
  CLUSTER,
  LOCATION,
  createCluster,
  createStream,
  runToDone,
  useTestEmulator,
} from "./support/harness";
import type { Message } from "./support/wire-client";

const CLUSTER_COUNT = 7;

function ids(response: Message): string[] {
  return (response.clusters as Message[]).map((cluster) => String(cluster.name).split("/").pop() ?? "");
}

describe("listing (AIP-132, AIP-158, AIP-160)", () => {
  const clock = new ManualClock();

  const emulator = useTestEmulator({ clock }, { resetBeforeEach: false });
  before(async () => {
    for (let i = 0; i < CLUSTER_COUNT; i++) {
      clock.advance(60_000);
      await createCluster(emulator, `cluster-${i}`, {
        labels: { parity: i % 2 === 0 ? "even" : "odd", index: String(i) },
      });
    }
  });

  async function listAll(request: Record<string, unknown>): Promise<string[]> {
    const seen: string[] = [];
    let pageToken = "";
    do {
      const response = await emulator.streams("ListClusters", {
        parent: LOCATION,
        ...request,
        page_token: pageToken,
      });
      seen.push(...ids(response));
      pageToken = response.next_page_token;
    } while (pageToken);
    return seen;
  }

  it("pages of 3 cover every cluster once, with an empty next_page_token only on the last page", async () => {
    const first = await emulator.streams("ListClusters", { parent: LOCATION, page_size: 3 });
    assert.equal(first.clusters.length, 3);
    assert.notEqual(first.next_page_token, "");
    assert.deepEqual(
      await listAll({ page_size: 3 }),
      [...Array(CLUSTER_COUNT).keys()].map((i) => `cluster-${i}`),
    );
  });

  it("a page that ends exactly at the last item has an empty next_page_token", async () => {
    const response = await emulator.streams("ListClusters", { parent: LOCATION, page_size: CLUSTER_COUNT });
    assert.equal(response.clusters.length, CLUSTER_COUNT);
    assert.equal(response.next_page_token, "");
  });

  it("page_size 0 uses the default of 50", async () => {
    const response = await emulator.streams("ListClusters", { parent: LOCATION, page_size: 0 });
    assert.equal(response.clusters.length, CLUSTER_COUNT);
  });

  it("a negative page_size fails with INVALID_ARGUMENT", async () => {
    await assertRejects(
      emulator.streams("ListClusters", { parent: LOCATION, page_size: -1 }),
      grpc.status.INVALID_ARGUMENT,
      "Field `page_size` is -1, but it must not be negative.",
    );
  });

  it("a page_size above 1000 is capped rather than rejected", async () => {
    const response = await emulator.streams("ListClusters", { parent: LOCATION, page_size: 5000 });
    assert.equal(response.clusters.length, CLUSTER_COUNT);
  });

  it("a page token reused with another filter fails with INVALID_ARGUMENT", async () => {
    const first = await emulator.streams("ListClusters", { parent: LOCATION, page_size: 2 });
    await assertRejects(
      emulator.streams("ListClusters", {
        parent: LOCATION,
        page_size: 2,
        page_token: first.next_page_token,
        filter: 'labels.parity = "odd"',
      }),
      grpc.status.INVALID_ARGUMENT,
      "Field `page_token` belongs to a different query",
    );
  });

  it("a page token reused with another order_by fails with INVALID_ARGUMENT", async () => {
    const first = await emulator.streams("ListClusters", { parent: LOCATION, page_size: 2 });
    await assertRejects(
      emulator.streams("ListClusters", {
        parent: LOCATION,
        page_size: 2,
        page_token: first.next_page_token,
        order_by: "name desc",
      }),
      grpc.status.INVALID_ARGUMENT,
      "page_token",
    );
  });

  it("a forged page token fails with INVALID_ARGUMENT", async () => {
    await assertRejects(
      emulator.streams("ListClusters", { parent: LOCATION, page_token: "bm90LWEtdG9rZW4" }),
      grpc.status.INVALID_ARGUMENT,
      "Field `page_token` is not a token this service issued.",
    );
  });

  it("a label filter returns only matching clusters", async () => {
    assert.deepEqual(await listAll({ filter: 'labels.parity = "odd"' }), [
      "cluster-1",
      "cluster-3",
      "cluster-5",
    ]);
  });

  it("filters combine AND, OR, NOT, - and parentheses", async () => {
    const filter =
      '(labels.index = "0" OR labels.index = "1" OR labels.index = "2") AND NOT labels.parity = "odd"';
    assert.deepEqual(await listAll({ filter }), ["cluster-0", "cluster-2"]);
    assert.deepEqual(await listAll({ filter: '-labels.parity = "even" labels.index >= "5"' }), ["cluster-5"]);
  });

  it("a create_time filter compares RFC 3339 timestamps", async () => {
    const all = await emulator.streams("ListClusters", { parent: LOCATION });
    const third = all.clusters[2].create_time;
    const iso = new Date(Number(third.seconds) * 1000).toISOString();
    assert.deepEqual(await listAll({ filter: `create_time > "${iso}"` }), [
      "cluster-3",
      "cluster-4",
      "cluster-5",
      "cluster-6",
    ]);
  });

  it("state filters by enum name", async () => {
    assert.equal((await listAll({ filter: "state = RUNNING" })).length, CLUSTER_COUNT);
    assert.deepEqual(await listAll({ filter: "state = PROVISIONING" }), []);
  });

  it("order_by name desc, paged, keeps the order across pages", async () => {
    assert.deepEqual(await listAll({ order_by: "name desc", page_size: 2 }), [
      "cluster-6",
      "cluster-5",
      "cluster-4",
      "cluster-3",
      "cluster-2",
      "cluster-1",
      "cluster-0",
    ]);
    assert.deepEqual((await listAll({ order_by: "create_time desc", page_size: 4 })).slice(0, 2), [
      "cluster-6",
      "cluster-5",
    ]);
  });

  it("order_by with several fields sorts by each in turn", async () => {
    assert.deepEqual(await listAll({ order_by: "labels_missing" }).catch(() => ["rejected"]), ["rejected"]);
    const result = await listAll({ order_by: "state, create_time desc" });
    assert.equal(result[0], "cluster-6");
  });

  it("a filter on an unknown field fails with INVALID_ARGUMENT naming the field and column", async () => {
    const details = await assertRejects(
      emulator.streams("ListClusters", { parent: LOCATION, filter: 'labels.a = "b" AND colour = "red"' }),
      grpc.status.INVALID_ARGUMENT,
      "Field `filter` is invalid at column 20: Cluster has no field 'colour'.",
    );
    assert.equal(details.badRequest?.field_violations[0].field, "filter");
  });

  it("a filter with unbalanced parentheses fails with INVALID_ARGUMENT", async () => {
    await assertRejects(
      emulator.streams("ListClusters", { parent: LOCATION, filter: '(name = "x"' }),
      grpc.status.INVALID_ARGUMENT,
      "expected ')' to close the '(' before it, found the end of the filter",
    );
  });

  it("an order_by on a map field fails with INVALID_ARGUMENT listing the orderable fields", async () => {
    await assertRejects(
      emulator.streams("ListClusters", { parent: LOCATION, order_by: "labels desc" }),
      grpc.status.INVALID_ARGUMENT,
      "Field `order_by` is invalid at column 1: cannot order by 'labels'.",
      "name, create_time, update_time, dataplane_service_endpoint, state, psc_target",
    );
  });

  it("series can be filtered by stream and event, and streams by display_name", async () => {
    const location = "projects/other/locations/europe-west4";
    const cluster = `${location}/clusters/c`;
    await runToDone(emulator, "CreateCluster", { parent: location, cluster_id: "c", cluster: {} });
    for (const id of ["s1", "s2"]) {
      await runToDone(emulator, "CreateStream", {
        parent: cluster,
        stream_id: id,
        stream: { display_name: `Stream ${id}` },
      });
    }
    await runToDone(emulator, "CreateEvent", { parent: cluster, event_id: "e", event: {} });
    for (const id of ["s1", "s2"]) {
      await runToDone(emulator, "CreateSeries", {
        parent: cluster,
        series_id: `${id}-e`,
        series: { stream: `${cluster}/streams/${id}`, event: `${cluster}/events/e` },
      });
    }
    const series = await emulator.streams("ListSeries", {
      parent: cluster,
      filter: `stream = "${cluster}/streams/s2"`,
    });
    assert.deepEqual(
      series.series.map((s: { name: string }) => s.name),
      [`${cluster}/series/s2-e`],
    );
    const streams = await emulator.streams("ListStreams", {
      parent: cluster,
      filter: 'display_name = "Stream s*"',
      order_by: "name desc",
    });
    assert.deepEqual(
      streams.streams.map((s: { name: string }) => s.name.split("/").pop()),
      ["s2", "s1"],
    );
    assert.ok(CLUSTER && createStream);
  });
});
