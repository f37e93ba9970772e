import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { VisionAiError } from "../../client";
import { LOCATION_NAME, emulatorSuite } from "./support/emulator";

const CLUSTER_NAME = `${LOCATION_NAME}/clusters/slow`;

describe("operations", () => {
  const suite = emulatorSuite();

  const startCreate = () =>
    suite.harness.client.createCluster({ parent: LOCATION_NAME, clusterId: "slow", cluster: {} });

  it("a running operation exposes its name and metadata before it is done", async () => {
    suite.harness.emulator.control.setOptions({ operationDelayMillis: 200 });
    const operation = await startCreate();
    assert.match(operation.name, /^projects\/demo-project\/locations\/us-central1\/operations\/[^/]+$/);
    assert.equal(operation.done, false);
    assert.equal(operation.metadata?.target, CLUSTER_NAME);
    assert.equal(operation.metadata?.verb, "create");
    assert.equal(operation.metadata?.apiVersion, "v1");
    assert.ok(operation.metadata?.createTime instanceof Date);
    assert.equal(operation.metadata?.endTime, undefined);
    await operation.result();
    assert.equal(operation.done, true);
    const finished: { endTime?: Date } | undefined = operation.metadata;
    assert.ok(finished?.endTime instanceof Date);
  });

  it("an operation that ends in error raises a VisionAiError naming the RPC, resource and operation", async () => {
    suite.harness.emulator.control.failNextOperations(1, { code: "INTERNAL", message: "disk on fire" });
    const operation = await startCreate();
    const error: unknown = await operation.result().catch((caught: unknown) => caught);
    assert.ok(error instanceof VisionAiError);
    assert.equal(error.status, "INTERNAL");
    assert.equal(error.code, 13);
    assert.equal(error.method, "CreateCluster");
    assert.equal(error.resourceName, CLUSTER_NAME);
    assert.equal(error.operationName, operation.name);
    assert.equal(error.serverMessage, "disk on fire");
    assert.equal(
      error.message,
      `CreateCluster ${CLUSTER_NAME} failed with INTERNAL: disk on fire. (operation ${operation.name}) ` +
        "[reason EMULATOR_INJECTED_FAULT] The service failed; try again later.",
    );
  });

  it("result() gives up at totalTimeoutMillis with DEADLINE_EXCEEDED and says how to resume", async () => {
    suite.harness.emulator.control.setOptions({ operationDelayMillis: 60_000 });
    const operation = await startCreate();
    const error: unknown = await operation
      .result({ totalTimeoutMillis: 100 })
      .catch((caught: unknown) => caught);
    assert.ok(error instanceof VisionAiError);
    assert.equal(error.status, "DEADLINE_EXCEEDED");
    assert.equal(error.operationName, operation.name);
    assert.match(error.message, /still running on the server; wait again with client\.operation\(/);
  });

  it("client.operation(name) resumes waiting on an operation started elsewhere", async () => {
    suite.harness.emulator.control.setOptions({ operationDelayMillis: 60_000 });
    const { name } = await startCreate();
    const resumed = await suite.harness.clientWith({}).operation(name);
    assert.equal(resumed.name, name);
    assert.equal(resumed.done, false);
    suite.harness.emulator.control.completeOperations();
    const cluster = (await resumed.result()) as { name: string };
    assert.equal(cluster.name, CLUSTER_NAME);
  });

  it("client.operation of an unknown name fails with NOT_FOUND", async () => {
    await assert.rejects(suite.harness.client.operation(`${LOCATION_NAME}/operations/missing`), {
      status: "NOT_FOUND",
      method: "GetOperation",
    });
  });

  it("client.operation rejects a name that is not an operation name before sending", async () => {
    await assert.rejects(async () => suite.harness.client.operation(CLUSTER_NAME), {
      status: "INVALID_ARGUMENT",
    });
    assert.equal(suite.harness.emulator.control.auditLog("GetOperation").length, 0);
  });

  it("with WaitOperation turned off, per-call polling overrides set when the first poll happens", async () => {
    suite.harness.emulator.control.setOptions({ operationDelayMillis: 100 });
    const operation = await startCreate();
    await operation.result({ waitTimeoutMillis: 0, initialDelayMillis: 400 });
    assert.equal(
      suite.harness.emulator.control.auditLog("GetOperation").length,
      1,
      "one poll, after the operation ended",
    );
  });

  it("polling settings given to the starting call become the handle's defaults", async () => {
    suite.harness.emulator.control.setOptions({ operationDelayMillis: 100 });
    const operation = await suite.harness.client.createCluster(
      { parent: LOCATION_NAME, clusterId: "slow", cluster: {} },
      { polling: { waitTimeoutMillis: 0, initialDelayMillis: 400 } },
    );
    await operation.result();
    assert.equal(suite.harness.emulator.control.auditLog("GetOperation").length, 1);
  });

  it("an operation already done when returned needs no polling", async () => {
    const operation = await startCreate();
    assert.equal(operation.done, true);
    await operation.result();
    assert.equal(suite.harness.emulator.control.auditLog("GetOperation").length, 0);
    assert.equal(suite.harness.emulator.control.auditLog("WaitOperation").length, 0);
  });

  it("result() learns that a running operation finished from one WaitOperation, with no polling", async () => {
    suite.harness.emulator.control.setOptions({ operationDelayMillis: 300 });
    const operation = await startCreate();
    const cluster = await operation.result();
    assert.equal(cluster.name, CLUSTER_NAME);
    assert.equal(suite.harness.emulator.control.auditLog("WaitOperation").length, 1);
    assert.equal(suite.harness.emulator.control.auditLog("GetOperation").length, 0);
  });

  it("a WaitOperation that times out before the operation ends is followed by another", async () => {
    suite.harness.emulator.control.setOptions({ operationDelayMillis: 60_000 });
    const operation = await startCreate();
    const waiting = operation.result({ waitTimeoutMillis: 50 });
    for (let tries = 0; suite.harness.emulator.control.auditLog("WaitOperation").length < 2; tries++) {
      assert.ok(tries < 1000, "the client keeps waiting with WaitOperation");
      await sleep(10);
    }
    suite.harness.emulator.control.completeOperations();
    assert.equal((await waiting).name, CLUSTER_NAME);
    const waits = suite.harness.emulator.control.auditLog("WaitOperation");
    assert.ok(waits.length >= 3, `a wait after the timed-out ones, got ${waits.length}`);
    assert.ok(waits.every((wait) => wait.resource === operation.name && wait.code === "OK"));
  });

  it("against a server without WaitOperation (UNIMPLEMENTED) the client polls, and asks only once", async () => {
    suite.harness.emulator.control.addFault({ method: "WaitOperation", code: "UNIMPLEMENTED" });
    suite.harness.emulator.control.setOptions({ operationDelayMillis: 100 });
    const client = suite.harness.clientWith({});
    for (const clusterId of ["first", "second"]) {
      const operation = await client.createCluster({ parent: LOCATION_NAME, clusterId, cluster: {} });
      const cluster = await operation.result();
      assert.equal(cluster.name, `${LOCATION_NAME}/clusters/${clusterId}`);
    }
    const waits = suite.harness.emulator.control.auditLog("WaitOperation");
    assert.deepEqual(
      waits.map((wait) => wait.code),
      ["UNIMPLEMENTED"],
    );
    const polled = new Set(
      suite.harness.emulator.control.auditLog("GetOperation").map((poll) => poll.resource),
    );
    assert.equal(polled.size, 2, "both operations polled with GetOperation");
  });

  it("a wait never asks the server to hold past the caller's totalTimeoutMillis", async () => {
    suite.harness.emulator.control.setOptions({ operationDelayMillis: 60_000 });
    const operation = await startCreate();
    await assert.rejects(operation.result({ totalTimeoutMillis: 200 }), { status: "DEADLINE_EXCEEDED" });
    const waits = suite.harness.emulator.control.auditLog("WaitOperation");
    assert.ok(waits.length >= 1, "it waited on the server");
    assert.ok(
      waits.every((wait) => wait.code === "OK"),
      "every wait was answered before its deadline",
    );
  });
});
