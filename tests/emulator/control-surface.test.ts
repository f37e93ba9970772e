import * as grpc from "@grpc/grpc-js";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { describe, it } from "node:test";
import { ManualClock } from "../../emulator";
import { assertRejects } from "./support/assertions";
import { CLUSTER, LOCATION, STREAM, createCluster, createStream, useTestEmulator } from "./support/harness";
import type { Message } from "./support/wire-client";

const START_OPTIONS = {
  operation_delay_ms: 0,
  hls_token_ttl_seconds: 900,
  delete_with_dependants: "reject",
  missing_update_mask: "replace-all",
};

/** The EmulatorControl service, driven over gRPC as a test in another process would. */
describe("control surface", () => {
  const clock = new ManualClock(Date.parse("2026-03-01T12:00:00Z"));

  const emulator = useTestEmulator({ clock, hlsTokenTtlSeconds: 900 });

  const listClusters = () => emulator.streams("ListClusters", { parent: LOCATION });
  const auditLog = async (method = ""): Promise<Message[]> =>
    (await emulator.control("ListAuditLog", { method })).entries;

  it("Reset deletes resources, operations and audit entries, and restores the start options", async () => {
    const operation = await createCluster(emulator);
    await emulator.control("SetOptions", { operation_delay_ms: 5000 });
    await emulator.control("Reset", {});
    assert.deepEqual((await listClusters()).clusters, []);
    await assertRejects(emulator.operations("GetOperation", { name: operation.name }), grpc.status.NOT_FOUND);
    assert.deepEqual(
      (await auditLog()).map((entry) => entry.method),
      ["ListClusters", "GetOperation"],
      "only the calls made since the reset",
    );
    assert.deepEqual(await emulator.control("GetOptions", {}), START_OPTIONS);
  });

  it("a counted fault fails exactly that many matching calls with its code and message, then expires", async () => {
    const rule = await emulator.control("AddFault", {
      method: "ListClusters",
      code: "UNAVAILABLE",
      message: "backend restarting",
      count: 2,
    });
    assert.equal(rule.remaining, 2);
    await createCluster(emulator);
    for (let call = 0; call < 2; call++) {
      const details = await assertRejects(listClusters(), grpc.status.UNAVAILABLE, "backend restarting");
      assert.equal(details.errorInfo?.reason, "EMULATOR_INJECTED_FAULT");
    }
    assert.equal((await listClusters()).clusters.length, 1);
  });

  it("Reset also deletes stored objects and fault rules", async () => {
    await createCluster(emulator);
    await createStream(emulator);
    await emulator.streams("GetStreamThumbnail", { stream: STREAM, gcs_object_name: "shots/1.jpg" });
    await emulator.control("AddFault", { method: "ListClusters", code: "UNAVAILABLE" });
    await emulator.control("Reset", {});
    assert.equal((await emulator.control("ReadObject", { object_name: "shots/1.jpg" })).found, false);
    assert.deepEqual((await listClusters()).clusters, []);
  });

  it("a fault with probability 1 fails every matching call and leaves other RPCs alone", async () => {
    await emulator.control("AddFault", { method: "ListClusters", code: "PERMISSION_DENIED", probability: 1 });
    for (let call = 0; call < 10; call++) await assertRejects(listClusters(), grpc.status.PERMISSION_DENIED);
    await assertRejects(emulator.streams("GetCluster", { name: CLUSTER }), grpc.status.NOT_FOUND);
  });

  it("a fault for * matches every RPC until ClearFaults", async () => {
    await emulator.control("AddFault", { method: "*", code: "INTERNAL" });
    await assertRejects(listClusters(), grpc.status.INTERNAL, "fault-");
    await assertRejects(
      emulator.operations("GetOperation", { name: `${LOCATION}/operations/x` }),
      grpc.status.INTERNAL,
    );
    await emulator.control("ClearFaults", {});
    assert.deepEqual((await listClusters()).clusters, []);
  });

  it("a fault with probability 0.5 fails some calls and lets others through", async () => {
    await emulator.control("AddFault", { method: "ListClusters", code: "UNAVAILABLE", probability: 0.5 });
    const outcomes = new Set<string>();
    for (let call = 0; call < 200 && outcomes.size < 2; call++) {
      outcomes.add(
        await listClusters().then(
          () => "OK",
          (error: grpc.ServiceError) => grpc.status[error.code],
        ),
      );
    }
    assert.deepEqual([...outcomes].sort(), ["OK", "UNAVAILABLE"]);
  });

  it("a latency-only fault delays the call but lets it succeed", async () => {
    const rule = await emulator.control("AddFault", { method: "ListClusters", latency_ms: 20, count: 1 });
    assert.equal(rule.code, "");
    assert.equal(rule.latency_ms, 20);
    assert.deepEqual((await listClusters()).clusters, []);
    assert.deepEqual(
      (await auditLog("ListClusters")).map((entry) => entry.code),
      ["OK"],
    );
  });

  it("a fault naming an unknown RPC or status fails with INVALID_ARGUMENT listing the valid values", async () => {
    const method = await assertRejects(
      emulator.control("AddFault", { method: "CreateClustr", code: "UNAVAILABLE" }),
      grpc.status.INVALID_ARGUMENT,
      '"CreateClustr"',
      "CreateCluster",
    );
    assert.equal(method.badRequest?.field_violations[0].field, "method");
    const code = await assertRejects(
      emulator.control("AddFault", { method: "ListClusters", code: "SOMETIMES" }),
      grpc.status.INVALID_ARGUMENT,
      '"SOMETIMES"',
    );
    assert.equal(code.badRequest?.field_violations[0].field, "code");
  });

  for (const [field, request, rule] of [
    ["probability", { probability: 1.5 }, "between 0 and 1"],
    ["probability", { probability: -0.5 }, "between 0 and 1"],
    ["count", { count: -1 }, "whole number >= 0"],
    ["latency_ms", { latency_ms: -10 }, "whole number >= 0"],
  ] as const) {
    it(`a fault with ${JSON.stringify(request)} fails with INVALID_ARGUMENT naming \`${field}\``, async () => {
      const details = await assertRejects(
        emulator.control("AddFault", { method: "ListClusters", code: "UNAVAILABLE", ...request }),
        grpc.status.INVALID_ARGUMENT,
        `Field \`${field}\``,
        rule,
      );
      assert.equal(details.badRequest?.field_violations[0].field, field);
      assert.deepEqual((await listClusters()).clusters, [], "no rule was added");
    });
  }

  it("a fault with neither code nor latency_ms fails with INVALID_ARGUMENT: it would change nothing", async () => {
    await assertRejects(
      emulator.control("AddFault", { method: "ListClusters", count: 1 }),
      grpc.status.INVALID_ARGUMENT,
      "the fault rule would change nothing",
    );
  });

  it("FailNextOperations with a negative count fails with INVALID_ARGUMENT", async () => {
    const details = await assertRejects(
      emulator.control("FailNextOperations", { count: -2 }),
      grpc.status.INVALID_ARGUMENT,
      "Field `count` is -2",
    );
    assert.equal(details.badRequest?.field_violations[0].field, "count");
  });

  it("the audit log records method, service, resource, request_id, update_mask, result code, time and operation", async () => {
    await createCluster(emulator);
    const requestId = randomUUID();
    await emulator.streams("CreateStream", {
      parent: CLUSTER,
      stream_id: "camera-1",
      stream: {},
      request_id: requestId,
    });
    const update = await emulator.streams("UpdateStream", {
      stream: { name: STREAM, display_name: "Lobby" },
      update_mask: { paths: ["display_name"] },
    });
    await assertRejects(
      emulator.streams("GetStream", { name: `${CLUSTER}/streams/gone` }),
      grpc.status.NOT_FOUND,
    );

    const entries = await auditLog();
    assert.deepEqual(
      entries.map((entry) => [entry.method, entry.code]),
      [
        ["CreateCluster", "OK"],
        ["CreateStream", "OK"],
        ["UpdateStream", "OK"],
        ["GetStream", "NOT_FOUND"],
      ],
    );
    const [, create, updateEntry, get] = entries;
    assert.equal(create.service, "google.cloud.visionai.v1.StreamsService");
    assert.equal(create.resource, CLUSTER);
    assert.equal(create.request_id, requestId);
    assert.equal(updateEntry.resource, STREAM);
    assert.deepEqual(updateEntry.update_mask_paths, ["display_name"]);
    assert.equal(updateEntry.operation, update.name);
    assert.equal(updateEntry.time, "2026-03-01T12:00:00.000Z");
    assert.equal(get.operation, "");
    assert.deepEqual(
      (await auditLog("UpdateStream")).map((entry) => entry.resource),
      [STREAM],
      "filtered by method",
    );
    await emulator.control("ClearAuditLog", {});
    assert.deepEqual(await auditLog(), []);
  });

  it("a faulted call is audited with the injected code, and media RPCs with the stream they address", async () => {
    await createCluster(emulator);
    await createStream(emulator, "camera-1", { enable_hls_playback: true });
    await emulator.control("ClearAuditLog", {});
    await emulator.control("AddFault", { method: "GetStream", code: "DEADLINE_EXCEEDED", count: 1 });
    await assertRejects(emulator.streams("GetStream", { name: STREAM }), grpc.status.DEADLINE_EXCEEDED);
    await emulator.streams("GenerateStreamHlsToken", { stream: STREAM });
    const thumbnail = await emulator.streams("GetStreamThumbnail", {
      stream: STREAM,
      gcs_object_name: "shots/1.jpg",
    });
    assert.deepEqual(
      (await auditLog()).map((entry) => [entry.method, entry.resource, entry.code, entry.operation]),
      [
        ["GetStream", STREAM, "DEADLINE_EXCEEDED", ""],
        ["GenerateStreamHlsToken", STREAM, "OK", ""],
        ["GetStreamThumbnail", STREAM, "OK", thumbnail.name],
      ],
    );
  });

  it("control calls themselves are neither faulted nor audited", async () => {
    await emulator.control("AddFault", { method: "*", code: "UNAVAILABLE" });
    await emulator.control("GetOptions", {});
    assert.deepEqual(await auditLog(), []);
  });

  it("SetOptions changes only the fields sent and GetOptions reads them back", async () => {
    const changed = await emulator.control("SetOptions", {
      operation_delay_ms: 250,
      delete_with_dependants: "cascade",
    });
    const expected = { ...START_OPTIONS, operation_delay_ms: 250, delete_with_dependants: "cascade" };
    assert.deepEqual(changed, expected);
    assert.deepEqual(await emulator.control("GetOptions", {}), expected);

    const operation = await emulator.streams("CreateCluster", {
      parent: LOCATION,
      cluster_id: "delayed",
      cluster: {},
    });
    assert.equal(operation.done, false, "the new operation delay applies to the next operation");
    clock.advance(250);
    assert.equal((await emulator.operations("GetOperation", { name: operation.name })).done, true);
  });

  for (const [field, value, rule] of [
    ["delete_with_dependants", "sometimes", '"reject" or "cascade"'],
    ["missing_update_mask", "guess", '"replace-all" or "reject"'],
    ["hls_token_ttl_seconds", 0, "> 0"],
    ["operation_delay_ms", -1, "from 0 to 2147483647"],
  ] as const) {
    it(`SetOptions ${field} = ${JSON.stringify(value)} fails with INVALID_ARGUMENT and changes nothing`, async () => {
      const details = await assertRejects(
        emulator.control("SetOptions", { operation_delay_ms: 7, [field]: value }),
        grpc.status.INVALID_ARGUMENT,
        `Field \`${field}\` is ${JSON.stringify(value)}`,
        rule,
      );
      assert.equal(details.badRequest?.field_violations[0].field, field);
      assert.deepEqual(await emulator.control("GetOptions", {}), START_OPTIONS);
    });
  }

  it("ReadObject of an object never written answers found = false", async () => {
    assert.deepEqual(await emulator.control("ReadObject", { object_name: "thumbnails/none.jpg" }), {
      found: false,
      data: Buffer.alloc(0),
    });
  });
});
