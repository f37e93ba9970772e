import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { LOCATION_NAME, collect, emulatorSuite } from "./support/emulator";

const CLUSTER_NAME = `${LOCATION_NAME}/clusters/retried`;

describe("retries", () => {
  const suite = emulatorSuite();

  const createRetried = async (client = suite.harness.client) =>
    (await client.createCluster({ parent: LOCATION_NAME, clusterId: "retried", cluster: {} })).result();

  it("a read is retried on UNAVAILABLE until it succeeds", async () => {
    await createRetried();
    suite.harness.emulator.control.addFault({ method: "GetCluster", code: "UNAVAILABLE", count: 2 });
    const cluster = await suite.harness.client.getCluster({ name: CLUSTER_NAME });
    assert.equal(cluster.name, CLUSTER_NAME);
    assert.deepEqual(
      suite.harness.emulator.control.auditLog("GetCluster").map((entry) => entry.code),
      ["UNAVAILABLE", "UNAVAILABLE", "OK"],
    );
  });

  it("a read is retried on ABORTED", async () => {
    await createRetried();
    suite.harness.emulator.control.addFault({ method: "GetCluster", code: "ABORTED", count: 1 });
    assert.equal((await suite.harness.client.getCluster({ name: CLUSTER_NAME })).name, CLUSTER_NAME);
  });

  for (const code of ["UNAVAILABLE", "RESOURCE_EXHAUSTED", "DEADLINE_EXCEEDED"] as const) {
    it(`a create retried after ${code} sends one request_id on every attempt and makes one cluster`, async () => {
      suite.harness.emulator.control.addFault({ method: "CreateCluster", code, count: 2 });
      await createRetried();
      const attempts = suite.harness.emulator.control.auditLog("CreateCluster");
      assert.deepEqual(
        attempts.map((entry) => entry.code),
        [code, code, "OK"],
      );
      assert.equal(new Set(attempts.map((entry) => entry.requestId)).size, 1);
      assert.match(
        attempts[0].requestId,
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      assert.equal((await collect(suite.harness.client.listClusters({ parent: LOCATION_NAME }))).length, 1);
    });
  }

  it("a create whose first attempt timed out after the server acted leaves no duplicate", async () => {
    const client = suite.harness.clientWith({ retry: { initialDelayMillis: 5, attemptTimeoutMillis: 150 } });
    suite.harness.emulator.control.addFault({ method: "CreateCluster", latencyMillis: 400, count: 1 });
    const cluster = await createRetried(client);
    assert.equal(cluster.name, CLUSTER_NAME);
    await new Promise((resolve) => setTimeout(resolve, 400)); // let the slow first attempt reach the handler
    const attempts = suite.harness.emulator.control.auditLog("CreateCluster");
    assert.ok(attempts.length >= 2, "the slow attempt was retried");
    assert.equal(new Set(attempts.map((entry) => entry.requestId)).size, 1);
    assert.ok(
      attempts.every((entry) => entry.code === "OK"),
      "the repeat was recognized, not refused",
    );
    assert.equal(
      new Set(attempts.map((entry) => entry.operation)).size,
      1,
      "every attempt got the same operation",
    );
    assert.equal((await collect(suite.harness.client.listClusters({ parent: LOCATION_NAME }))).length, 1);
  });

  it("a mutation is not retried on ABORTED", async () => {
    suite.harness.emulator.control.addFault({ method: "CreateCluster", code: "ABORTED", count: 1 });
    await assert.rejects(createRetried(), { status: "ABORTED", attempts: 1 });
    assert.equal(suite.harness.emulator.control.auditLog("CreateCluster").length, 1);
  });

  it("NOT_FOUND is not retried", async () => {
    await assert.rejects(suite.harness.client.getCluster({ name: CLUSTER_NAME }), {
      status: "NOT_FOUND",
      attempts: 1,
    });
    assert.equal(suite.harness.emulator.control.auditLog("GetCluster").length, 1);
  });

  it("retries stop at totalTimeoutMillis and the error counts the attempts", async () => {
    const client = suite.harness.clientWith({
      retry: { initialDelayMillis: 20, maxDelayMillis: 20, totalTimeoutMillis: 300 },
    });
    suite.harness.emulator.control.addFault({ method: "GetCluster", code: "UNAVAILABLE" });
    const started = Date.now();
    const error = await client.getCluster({ name: CLUSTER_NAME }).catch((caught: unknown) => caught);
    assert.ok(Date.now() - started < 1_000, "gave up near the deadline");
    // The last attempt may run into the overall deadline on the client before the server answers it: then the
    // error is DEADLINE_EXCEEDED and the server may not have logged that attempt.
    assert.match((error as { status?: string }).status ?? "", /^(UNAVAILABLE|DEADLINE_EXCEEDED)$/);
    const attempts = (error as { attempts: number }).attempts;
    assert.ok(attempts > 2, `several attempts, got ${attempts}`);
    const served = suite.harness.emulator.control.auditLog("GetCluster").length;
    assert.ok(served === attempts || served === attempts - 1, `${served} served for ${attempts} attempts`);
    assert.match((error as Error).message, new RegExp(`Gave up after ${attempts} attempts\\.`));
  });

  it("per-call retry settings override the client's", async () => {
    suite.harness.emulator.control.addFault({ method: "GetCluster", code: "UNAVAILABLE" });
    const error = await suite.harness.client
      .getCluster({ name: CLUSTER_NAME }, { retry: { totalTimeoutMillis: 0 } })
      .catch((caught: unknown) => caught);
    assert.equal((error as { attempts?: number }).attempts, 1);
  });

  it("transient GetOperation failures while polling are retried", async () => {
    suite.harness.emulator.control.setOptions({ operationDelayMillis: 50 });
    suite.harness.emulator.control.addFault({ method: "GetOperation", code: "UNAVAILABLE", count: 3 });
    const polling = suite.harness.clientWith({
      polling: {
        waitTimeoutMillis: 0,
        initialDelayMillis: 5,
        maxDelayMillis: 50,
        totalTimeoutMillis: 10_000,
      },
    });
    const cluster = await createRetried(polling);
    assert.equal(cluster.name, CLUSTER_NAME);
    const polls = suite.harness.emulator.control.auditLog("GetOperation").map((entry) => entry.code);
    assert.deepEqual(polls.slice(0, 3), ["UNAVAILABLE", "UNAVAILABLE", "UNAVAILABLE"]);
    assert.equal(polls.at(-1), "OK");
  });
});
