import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { CLUSTER, LOCATION, STREAM, createCluster, runToDone, useTestEmulator } from "./support/harness";
import type { Message } from "./support/wire-client";

/**
 * The store keeps each parent's list parsed between writes (so paging a large collection parses it once).
 * Every List here follows a List of the same parent and kind, so it would answer from a stale copy if a
 * write failed to drop it.
 */
describe("a List right after a write", () => {
  const emulator = useTestEmulator({}, { resetBeforeEach: false });
  before(async () => {
    await createCluster(emulator);
  });

  async function streams(): Promise<{ id: string; displayName: string }[]> {
    const response = await emulator.streams("ListStreams", { parent: CLUSTER });
    return (response.streams as Message[]).map((stream) => ({
      id: String(stream.name).split("/").pop()!,
      displayName: String(stream.display_name),
    }));
  }

  async function clusterIds(): Promise<string[]> {
    const response = await emulator.streams("ListClusters", { parent: LOCATION });
    return (response.clusters as Message[]).map((cluster) => String(cluster.name).split("/").pop()!);
  }

  it("sees a created stream", async () => {
    assert.deepEqual(await streams(), []);
    await runToDone(emulator, "CreateStream", {
      parent: CLUSTER,
      stream_id: "camera-1",
      stream: { display_name: "Lobby" },
    });
    assert.deepEqual(await streams(), [{ id: "camera-1", displayName: "Lobby" }]);
  });

  it("sees an updated stream, in a plain and in a filtered List", async () => {
    assert.deepEqual(await streams(), [{ id: "camera-1", displayName: "Lobby" }]);
    await runToDone(emulator, "UpdateStream", {
      stream: { name: STREAM, display_name: "Entrance" },
      update_mask: { paths: ["display_name"] },
    });
    assert.deepEqual(await streams(), [{ id: "camera-1", displayName: "Entrance" }]);
    const filtered = await emulator.streams("ListStreams", {
      parent: CLUSTER,
      filter: 'display_name = "Entrance"',
    });
    assert.equal(filtered.streams.length, 1);
  });

  it("no longer sees a deleted stream", async () => {
    assert.equal((await streams()).length, 1);
    await runToDone(emulator, "DeleteStream", { name: STREAM });
    assert.deepEqual(await streams(), []);
  });

  it("sees created and deleted clusters under the location", async () => {
    assert.deepEqual(await clusterIds(), ["video-cluster"]);
    await createCluster(emulator, "second-cluster");
    assert.deepEqual(await clusterIds(), ["second-cluster", "video-cluster"]);
    await runToDone(emulator, "DeleteCluster", { name: `${LOCATION}/clusters/second-cluster` });
    assert.deepEqual(await clusterIds(), ["video-cluster"]);
  });

  it("keeps lists of other parents apart: a write under one cluster leaves another's list right", async () => {
    await createCluster(emulator, "other-cluster");
    const other = `${LOCATION}/clusters/other-cluster`;
    const otherStreams = async () =>
      ((await emulator.streams("ListStreams", { parent: other })).streams as Message[]).length;
    assert.equal(await otherStreams(), 0);
    await runToDone(emulator, "CreateStream", { parent: CLUSTER, stream_id: "camera-2", stream: {} });
    assert.equal(await otherStreams(), 0);
    await runToDone(emulator, "CreateStream", { parent: other, stream_id: "camera-3", stream: {} });
    assert.equal(await otherStreams(), 1);
    assert.deepEqual(
      (await streams()).map((stream) => stream.id),
      ["camera-2"],
    );
  });

  // Pages in name order resume after the last name returned, so a page sees what was created after it.
  it("paged in name order with a filter, sees a resource created after the current page, not one before", async () => {
    const create = (id: string) =>
      runToDone(emulator, "CreateStream", {
        parent: CLUSTER,
        stream_id: id,
        stream: { labels: { group: "paged" } },
      });
    for (const id of ["page-a", "page-b", "page-d"]) await create(id);
    const list = (pageToken: string) =>
      emulator.streams("ListStreams", {
        parent: CLUSTER,
        filter: 'labels.group = "paged"',
        page_size: 2,
        page_token: pageToken,
      });
    const ids = (page: Message) => (page.streams as Message[]).map((s) => String(s.name).split("/").pop());
    const first = await list("");
    assert.deepEqual(ids(first), ["page-a", "page-b"]);
    await create("page-c");
    await create("page-0");
    const second = await list(first.next_page_token);
    assert.deepEqual(ids(second), ["page-c", "page-d"]);
    assert.equal(second.next_page_token, "");
  });
});
