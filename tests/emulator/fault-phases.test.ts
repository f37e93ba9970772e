import * as grpc from "@grpc/grpc-js";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { describe, it } from "node:test";
import { assertRejects } from "./support/assertions";
import {
  CLUSTER,
  LOCATION,
  STREAM,
  createCluster,
  createStream,
  useTestEmulator,
  waitDone,
} from "./support/harness";
import type { Message } from "./support/wire-client";

/** Fault rules of phase BEFORE (call not handled) and AFTER (call applied, response lost), over gRPC. */
describe("fault phases", () => {
  const emulator = useTestEmulator();

  const auditLog = async (method = ""): Promise<Message[]> =>
    (await emulator.control("ListAuditLog", { method })).entries;
  const createClusterRequest = (requestId = randomUUID()) => ({
    parent: LOCATION,
    cluster_id: "video-cluster",
    cluster: {},
    request_id: requestId,
  });

  it("a rule added without a phase acts BEFORE the call: it is not applied", async () => {
    const rule = await emulator.control("AddFault", {
      method: "CreateCluster",
      code: "UNAVAILABLE",
      count: 1,
    });
    assert.equal(rule.phase, "BEFORE");
    await assertRejects(emulator.streams("CreateCluster", createClusterRequest()), grpc.status.UNAVAILABLE);
    assert.deepEqual((await emulator.streams("ListClusters", { parent: LOCATION })).clusters, []);
    const [entry] = await auditLog("CreateCluster");
    assert.deepEqual([entry.code, entry.fault_phase, entry.operation], ["UNAVAILABLE", "BEFORE", ""]);
  });

  it("an AFTER create is applied although the caller gets the injected status", async () => {
    const rule = await emulator.control("AddFault", {
      method: "CreateCluster",
      code: "UNAVAILABLE",
      count: 1,
      phase: "AFTER",
    });
    assert.equal(rule.phase, "AFTER");
    const details = await assertRejects(
      emulator.streams("CreateCluster", createClusterRequest()),
      grpc.status.UNAVAILABLE,
    );
    assert.equal(details.errorInfo?.reason, "EMULATOR_INJECTED_FAULT");
    const clusters = (await emulator.streams("ListClusters", { parent: LOCATION })).clusters as Message[];
    assert.deepEqual(
      clusters.map((cluster) => cluster.name),
      [CLUSTER],
    );
    const [entry] = await auditLog("CreateCluster");
    assert.equal(entry.code, "UNAVAILABLE");
    assert.equal(entry.fault_phase, "AFTER");
    assert.match(entry.operation, /^projects\/test-project\/locations\/us-central1\/operations\//);
  });

  it("retrying an AFTER-faulted create with the same request_id returns the operation it started, not ALREADY_EXISTS", async () => {
    await emulator.control("AddFault", {
      method: "CreateCluster",
      code: "UNAVAILABLE",
      count: 1,
      phase: "AFTER",
    });
    const requestId = randomUUID();
    await assertRejects(
      emulator.streams("CreateCluster", createClusterRequest(requestId)),
      grpc.status.UNAVAILABLE,
    );
    const retried = await emulator.streams("CreateCluster", createClusterRequest(requestId));
    const [lost, answered] = await auditLog("CreateCluster");
    assert.equal(retried.name, lost.operation, "the retry gets the operation the lost response carried");
    assert.equal(answered.operation, lost.operation);
    assert.equal((await waitDone(emulator, retried)).done, true);
    await assertRejects(
      emulator.streams("CreateCluster", createClusterRequest()),
      grpc.status.ALREADY_EXISTS,
    );
  });

  it("an AFTER update keeps its change, and an AFTER delete deletes", async () => {
    await createCluster(emulator);
    await createStream(emulator);
    await emulator.control("AddFault", {
      method: "UpdateStream",
      code: "DEADLINE_EXCEEDED",
      count: 1,
      phase: "AFTER",
    });
    await assertRejects(
      emulator.streams("UpdateStream", {
        stream: { name: STREAM, display_name: "Lobby" },
        update_mask: { paths: ["display_name"] },
      }),
      grpc.status.DEADLINE_EXCEEDED,
    );
    assert.equal((await emulator.streams("GetStream", { name: STREAM })).display_name, "Lobby");
    await emulator.control("AddFault", {
      method: "DeleteStream",
      code: "UNAVAILABLE",
      count: 1,
      phase: "AFTER",
    });
    await assertRejects(emulator.streams("DeleteStream", { name: STREAM }), grpc.status.UNAVAILABLE);
    await assertRejects(emulator.streams("GetStream", { name: STREAM }), grpc.status.NOT_FOUND);
  });

  it("an AFTER rule lets a call the handler rejects fail with the handler's own error", async () => {
    await emulator.control("AddFault", { method: "GetStream", code: "UNAVAILABLE", phase: "AFTER" });
    await assertRejects(emulator.streams("GetStream", { name: STREAM }), grpc.status.NOT_FOUND);
    const [entry] = await auditLog("GetStream");
    assert.deepEqual([entry.code, entry.fault_phase], ["NOT_FOUND", "FAULT_PHASE_UNSPECIFIED"]);
  });

  it("an AFTER rule's latency comes after the change is applied and before the replaced response", async () => {
    await emulator.control("AddFault", {
      method: "CreateCluster",
      code: "DEADLINE_EXCEEDED",
      latency_ms: 300,
      count: 1,
      phase: "AFTER",
    });
    const call = emulator.streams("CreateCluster", createClusterRequest());
    await new Promise((resolve) => setTimeout(resolve, 150));
    const during = (await emulator.streams("ListClusters", { parent: LOCATION })).clusters as Message[];
    assert.equal(during.length, 1, "the cluster exists while the response is still held back");
    await assertRejects(call, grpc.status.DEADLINE_EXCEEDED);
  });

  it("the first failing rule decides both the status and the phase", async () => {
    await emulator.control("AddFault", { method: "*", code: "UNAVAILABLE", phase: "AFTER", count: 1 });
    await emulator.control("AddFault", { method: "CreateCluster", code: "INTERNAL", count: 1 });
    await assertRejects(emulator.streams("CreateCluster", createClusterRequest()), grpc.status.UNAVAILABLE);
    assert.equal((await emulator.streams("ListClusters", { parent: LOCATION })).clusters.length, 1);
  });

  for (const phase of [3, 99]) {
    it(`a fault with the unknown phase number ${phase} fails with INVALID_ARGUMENT naming \`phase\``, async () => {
      const details = await assertRejects(
        emulator.control("AddFault", { method: "*", code: "UNAVAILABLE", phase }),
        grpc.status.INVALID_ARGUMENT,
        "`phase`",
        "AFTER",
      );
      assert.equal(details.badRequest?.field_violations[0].field, "phase");
    });
  }
});
