import * as grpc from "@grpc/grpc-js";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, afterEach, describe, it } from "node:test";
import { assertRejects } from "./support/assertions";
import { killIfRunning, spawnEmulator, type CliEmulator } from "./support/emulator-process";
import { CLUSTER, LOCATION, STREAM, createCluster, createStream, waitDone } from "./support/harness";
import { connect, unpack, type Message, type WireClients } from "./support/wire-client";

/** Long enough that the kill lands while the operation runs, short enough to wait out after the restart. */
const SLOW_OPERATION_MILLIS = 1500;

/**
 * Every acknowledged mutation survives `kill -9`: the emulator runs as its own process on a data dir,
 * is killed without warning, and a new process on the same data dir must answer as the old one would.
 */
describe("durability across kill -9", () => {
  let emulator: CliEmulator | undefined;
  let clients: WireClients | undefined;
  const tempDirs: string[] = [];

  afterEach(async () => {
    clients?.close();
    clients = undefined;
    await killIfRunning(emulator);
  });
  after(() => tempDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  function newDataDir(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-durability-"));
    tempDirs.push(dir);
    return dir;
  }

  async function start(args: string[]): Promise<WireClients> {
    clients?.close();
    emulator = await spawnEmulator(args);
    clients = connect(emulator.address);
    return clients;
  }

  async function killHard(): Promise<void> {
    emulator!.child.kill("SIGKILL");
    assert.equal((await emulator!.exited).signal, "SIGKILL");
  }

  it("finished creates, their timestamps and labels, and their operations survive", async () => {
    const dataDir = newDataDir();
    let wire = await start(["--data-dir", dataDir]);
    const created = await createCluster(wire, "video-cluster", { labels: { env: "prod" } });
    await createStream(wire, "camera-1", { display_name: "Lobby" });
    const clusterBefore = await wire.streams("GetCluster", { name: CLUSTER });
    await killHard();

    wire = await start(["--data-dir", dataDir]);
    assert.deepEqual(await wire.streams("GetCluster", { name: CLUSTER }), clusterBefore);
    assert.equal((await wire.streams("GetStream", { name: STREAM })).display_name, "Lobby");
    const operation = await wire.operations("GetOperation", { name: created.name });
    assert.equal(operation.done, true);
    assert.equal(unpack(operation.response, "google.cloud.visionai.v1.Cluster").name, CLUSTER);
  });

  it("an acknowledged create whose operation was still running resumes and finishes after the restart", async () => {
    const dataDir = newDataDir();
    const args = ["--data-dir", dataDir, "--operation-delay-ms", String(SLOW_OPERATION_MILLIS)];
    let wire = await start(args);
    const running = await wire.streams("CreateCluster", {
      parent: LOCATION,
      cluster_id: "video-cluster",
      cluster: {},
    });
    assert.equal(running.done, false);
    await killHard();

    wire = await start(args);
    const done = await waitUntilDone(wire, running);
    assert.equal(done.result, "response", JSON.stringify(done.error));
    assert.equal((await wire.streams("GetCluster", { name: CLUSTER })).state, "RUNNING");
  });

  it("a request_id sent before the kill still returns the original operation afterwards", async () => {
    const dataDir = newDataDir();
    let wire = await start(["--data-dir", dataDir]);
    const requestId = randomUUID();
    const request = { parent: LOCATION, cluster_id: "video-cluster", cluster: {}, request_id: requestId };
    const first = await wire.streams("CreateCluster", request);
    await killHard();

    wire = await start(["--data-dir", dataDir]);
    const retried = await wire.streams("CreateCluster", request);
    assert.equal(retried.name, first.name);
    assert.equal((await wire.streams("ListClusters", { parent: LOCATION })).clusters.length, 1);
  });

  it("page tokens issued before the kill still page after it", async () => {
    const dataDir = newDataDir();
    let wire = await start(["--data-dir", dataDir]);
    for (const id of ["a", "b", "c"]) await createCluster(wire, id);
    const firstPage = await wire.streams("ListClusters", { parent: LOCATION, page_size: 2 });
    await killHard();

    wire = await start(["--data-dir", dataDir]);
    const secondPage = await wire.streams("ListClusters", {
      parent: LOCATION,
      page_size: 2,
      page_token: firstPage.next_page_token,
    });
    assert.deepEqual(
      secondPage.clusters.map((cluster: Message) => cluster.name),
      [`${LOCATION}/clusters/c`],
    );
  });

  it("--in-memory state is gone after a restart", async () => {
    let wire = await start(["--in-memory"]);
    await createCluster(wire);
    await killHard();

    wire = await start(["--in-memory"]);
    await assertRejects(wire.streams("GetCluster", { name: CLUSTER }), grpc.status.NOT_FOUND);
  });
});

/** Polls with real time: the restarted process finishes the operation on its own timer. */
function waitUntilDone(wire: WireClients, operation: Message): Promise<Message> {
  return waitDone(wire, operation, SLOW_OPERATION_MILLIS * 10);
}
