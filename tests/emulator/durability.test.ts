import * as grpc from "@grpc/grpc-js";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, afterEach, beforeEach, describe, it } from "node:test";
import { assertRejects } from "./support/assertions";
import { EmulatorProcesses, pollUntilDone, type CliEmulator } from "./support/emulator-process";
import { CLUSTER, CLUSTER_ID, LOCATION, STREAM } from "./support/harness";
import { unpack, type Message } from "./support/wire-client";

const CLUSTER_TYPE = "google.cloud.visionai.v1.Cluster";
const CLUSTER_LABELS = { team: "video", tier: "gold" };
const STREAM_LABELS = { camera: "entrance" };
const REQUEST_ID = "9f1c2a4e-7b3d-4c8e-a1f0-2d5e6b7c8a90";
const OTHER_REQUEST_ID = "3b6d9e2f-1a4c-4d7e-8f90-a1b2c3d4e5f6";
/** Long enough that an operation is still running when the emulator is killed right after starting it. */
const SLOW_OPERATION_FLAGS = ["--operation-delay-ms", "2000"];

function createClusterRequest(clusterId = CLUSTER_ID, requestId = ""): Message {
  return {
    parent: LOCATION,
    cluster_id: clusterId,
    cluster: { labels: CLUSTER_LABELS },
    request_id: requestId,
  };
}

describe("durable state (--data-dir) across kill -9 and restart", { timeout: 120_000 }, () => {
  const processes = new EmulatorProcesses();
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-emulator-data-"));
  });
  afterEach(async () => {
    await processes.killAll();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  after(() => processes.killAll());

  /** Starts an emulator on this test's data dir. */
  function start(flags: string[] = []): Promise<CliEmulator> {
    return processes.start(["--data-dir", dataDir, ...flags]);
  }

  /** kill -9: no shutdown code runs, so only what was already committed can survive. */
  async function killHard(emulator: CliEmulator): Promise<void> {
    const exit = await processes.stop(emulator, "SIGKILL");
    assert.equal(exit.signal, "SIGKILL");
  }

  it("finished creates survive: resources keep their create_time and labels, operations stay readable", async () => {
    const first = await start();
    const clusterOperation = await pollUntilDone(
      first,
      (await first.streams("CreateCluster", createClusterRequest())).name,
    );
    const streamOperation = await pollUntilDone(
      first,
      (
        await first.streams("CreateStream", {
          parent: CLUSTER,
          stream_id: "camera-1",
          stream: { labels: STREAM_LABELS },
        })
      ).name,
    );
    const cluster = await first.streams("GetCluster", { name: CLUSTER });
    const stream = await first.streams("GetStream", { name: STREAM });
    await killHard(first);

    const restarted = await start();
    const clusterAfter = await restarted.streams("GetCluster", { name: CLUSTER });
    const streamAfter = await restarted.streams("GetStream", { name: STREAM });
    assert.deepEqual(clusterAfter, cluster);
    assert.deepEqual(streamAfter, stream);
    assert.deepEqual(clusterAfter.labels, CLUSTER_LABELS);
    assert.deepEqual(streamAfter.labels, STREAM_LABELS);
    assert.ok(Number(clusterAfter.create_time.seconds) > 0);
    assert.deepEqual(
      await restarted.operations("GetOperation", { name: clusterOperation.name }),
      clusterOperation,
    );
    assert.deepEqual(
      await restarted.operations("GetOperation", { name: streamOperation.name }),
      streamOperation,
    );
  });

  it("an acknowledged create whose operation was still running resumes after restart and finishes RUNNING", async () => {
    const first = await start(SLOW_OPERATION_FLAGS);
    const operation = await first.streams("CreateCluster", createClusterRequest());
    assert.equal(operation.done, false, "the operation must still be running when the emulator is killed");
    await killHard(first);

    const restarted = await start(SLOW_OPERATION_FLAGS);
    const resumed = await restarted.operations("GetOperation", { name: operation.name });
    assert.equal(resumed.name, operation.name);
    const finished = await pollUntilDone(restarted, operation.name);
    assert.equal(finished.result, "response", `the operation failed: ${JSON.stringify(finished.error)}`);
    const cluster = unpack(finished.response, CLUSTER_TYPE);
    assert.equal(cluster.state, "RUNNING");
    assert.deepEqual(cluster.labels, CLUSTER_LABELS);
    const read = await restarted.streams("GetCluster", { name: CLUSTER });
    assert.equal(read.state, "RUNNING");
    assert.deepEqual(read.create_time, cluster.create_time);
  });

  it("a request_id used before kill -9 still returns the original operation after restart", async () => {
    const first = await start(SLOW_OPERATION_FLAGS);
    const operation = await first.streams("CreateCluster", createClusterRequest(CLUSTER_ID, REQUEST_ID));
    await killHard(first);

    const restarted = await start(SLOW_OPERATION_FLAGS);
    const retried = await restarted.streams("CreateCluster", createClusterRequest(CLUSTER_ID, REQUEST_ID));
    assert.equal(retried.name, operation.name);
    await pollUntilDone(restarted, operation.name);
    const retriedAfterDone = await restarted.streams(
      "CreateCluster",
      createClusterRequest(CLUSTER_ID, REQUEST_ID),
    );
    assert.equal(retriedAfterDone.name, operation.name);
    assert.equal(retriedAfterDone.done, true);
    await assertRejects(
      restarted.streams("CreateCluster", createClusterRequest(CLUSTER_ID, OTHER_REQUEST_ID)),
      grpc.status.ALREADY_EXISTS,
    );
    const listed = await restarted.streams("ListClusters", { parent: LOCATION });
    assert.deepEqual(
      listed.clusters.map((cluster: Message) => cluster.name),
      [CLUSTER],
    );
  });

  it("a page token issued before kill -9 still reads the next page after restart", async () => {
    const first = await start();
    for (const clusterId of ["cluster-a", "cluster-b", "cluster-c"])
      await pollUntilDone(
        first,
        (await first.streams("CreateCluster", createClusterRequest(clusterId))).name,
      );
    const firstPage = await first.streams("ListClusters", { parent: LOCATION, page_size: 1 });
    assert.ok(firstPage.next_page_token, "the first page has a next_page_token");
    await killHard(first);

    const restarted = await start();
    const secondPage = await restarted.streams("ListClusters", {
      parent: LOCATION,
      page_size: 1,
      page_token: firstPage.next_page_token,
    });
    assert.deepEqual(
      secondPage.clusters.map((cluster: Message) => cluster.name),
      [`${LOCATION}/clusters/cluster-b`],
    );
  });
});

describe("in-memory state (--in-memory)", { timeout: 60_000 }, () => {
  const processes = new EmulatorProcesses();
  after(() => processes.killAll());

  it("is gone after a restart", async () => {
    const first = await processes.start(["--in-memory"]);
    await pollUntilDone(first, (await first.streams("CreateCluster", createClusterRequest())).name);
    const exit = await processes.stop(first, "SIGTERM");
    assert.equal(exit.code, 0);

    const restarted = await processes.start(["--in-memory"]);
    await assertRejects(restarted.streams("GetCluster", { name: CLUSTER }), grpc.status.NOT_FOUND);
    assert.deepEqual((await restarted.streams("ListClusters", { parent: LOCATION })).clusters, []);
  });
});
