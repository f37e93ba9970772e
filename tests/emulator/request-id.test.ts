import * as grpc from "@grpc/grpc-js";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, beforeEach, describe, it } from "node:test";
import { ManualClock } from "../../emulator";
import { assertRejects } from "./support/assertions";
import {
  CLUSTER,
  LOCATION,
  STREAM,
  createCluster,
  createStream,
  startTestEmulator,
  type TestEmulator,
} from "./support/harness";
import type { Message } from "./support/wire-client";

const ONE_HOUR_MILLIS = 60 * 60 * 1000;

describe("request_id (AIP-155)", () => {
  let emulator: TestEmulator;
  const clock = new ManualClock();

  before(async () => {
    emulator = await startTestEmulator({ clock });
  });
  after(() => emulator.stop());
  beforeEach(() => emulator.emulator.control.reset());

  const createClusterWith = (requestId: string, labels: Record<string, string> = {}) =>
    emulator.streams("CreateCluster", {
      parent: LOCATION,
      cluster_id: "video-cluster",
      cluster: { labels },
      request_id: requestId,
    });

  async function auditCodes(method: string): Promise<string[]> {
    const { entries } = await emulator.control("ListAuditLog", { method });
    return entries.map((entry: Message) => entry.code);
  }

  for (const badId of [
    "not-a-uuid",
    "00000000-0000-0000-0000-000000000000",
    "9f1c2a4e7b3d4c8ea1f02d5e6b7c8a90",
  ]) {
    it(`request_id "${badId}" fails with INVALID_ARGUMENT and a field violation on request_id`, async () => {
      const details = await assertRejects(
        createClusterWith(badId),
        grpc.status.INVALID_ARGUMENT,
        "request_id",
        "non-zero UUID",
      );
      assert.equal(details.badRequest?.field_violations[0].field, "request_id");
      await assertRejects(emulator.streams("GetCluster", { name: CLUSTER }), grpc.status.NOT_FOUND);
    });
  }

  it("a repeated create returns the original operation, never ALREADY_EXISTS and never a second resource", async () => {
    const requestId = randomUUID();
    const first = await createClusterWith(requestId);
    assert.equal(first.done, true, "operations finish at once in this suite");
    const retried = await createClusterWith(requestId);
    assert.equal(retried.name, first.name);
    assert.deepEqual(retried.response, first.response);
    assert.equal((await emulator.streams("ListClusters", { parent: LOCATION })).clusters.length, 1);
    assert.deepEqual(await auditCodes("CreateCluster"), ["OK", "OK"]);
  });

  it("the same request_id is matched case-insensitively", async () => {
    const requestId = randomUUID();
    const first = await createClusterWith(requestId);
    assert.equal((await createClusterWith(requestId.toUpperCase())).name, first.name);
  });

  it("a repeat with a different body still answers with the original operation and changes nothing", async () => {
    const requestId = randomUUID();
    const first = await createClusterWith(requestId, { env: "dev" });
    const repeated = await createClusterWith(requestId, { env: "prod" });
    assert.equal(repeated.name, first.name);
    assert.deepEqual((await emulator.streams("GetCluster", { name: CLUSTER })).labels, { env: "dev" });
  });

  it("without a request_id, a second create of the same resource fails with ALREADY_EXISTS", async () => {
    await createClusterWith("");
    await assertRejects(createClusterWith(""), grpc.status.ALREADY_EXISTS, CLUSTER);
  });

  it("a repeated update applies once: a later change is not undone by the retry", async () => {
    await createCluster(emulator);
    await createStream(emulator);
    const requestId = randomUUID();
    const update = (displayName: string, id: string) =>
      emulator.streams("UpdateStream", {
        stream: { name: STREAM, display_name: displayName },
        update_mask: { paths: ["display_name"] },
        request_id: id,
      });
    const first = await update("Lobby", requestId);
    await update("Loading dock", randomUUID());
    const retried = await update("Lobby", requestId);
    assert.equal(retried.name, first.name);
    assert.equal((await emulator.streams("GetStream", { name: STREAM })).display_name, "Loading dock");
  });

  it("a repeated delete returns the original operation instead of NOT_FOUND", async () => {
    await createCluster(emulator);
    const requestId = randomUUID();
    const first = await emulator.streams("DeleteCluster", { name: CLUSTER, request_id: requestId });
    const retried = await emulator.streams("DeleteCluster", { name: CLUSTER, request_id: requestId });
    assert.equal(retried.name, first.name);
    assert.equal(retried.result, "response");
  });

  it("the same request_id on another RPC is a different request", async () => {
    const requestId = randomUUID();
    const create = await createClusterWith(requestId);
    const del = await emulator.streams("DeleteCluster", { name: CLUSTER, request_id: requestId });
    assert.notEqual(del.name, create.name);
    await assertRejects(emulator.streams("GetCluster", { name: CLUSTER }), grpc.status.NOT_FOUND);
  });

  it("after the one-hour window, a repeated request_id is a new request", async () => {
    const requestId = randomUUID();
    await createClusterWith(requestId);
    clock.advance(ONE_HOUR_MILLIS + 1);
    await assertRejects(createClusterWith(requestId), grpc.status.ALREADY_EXISTS, CLUSTER);
  });
});
