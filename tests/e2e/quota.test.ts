import assert from "node:assert/strict";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";
import { auditLog, type AuditedCall } from "../support/emulator-control-client";
import { createLocalStack, type LocalStack } from "../support/local-stack";
import { EmulatorInspector, stateResources } from "../support/stack-inventory";

/** Stack, cluster, 2 streams, 2 events, 4 series, 1 channel. */
const RESOURCE_COUNT = 11;
const CREATES_PER_METHOD = {
  CreateCluster: 1,
  CreateStream: 2,
  CreateEvent: 2,
  CreateSeries: 4,
  MaterializeChannel: 1,
};
const GETS_PER_METHOD = { GetCluster: 1, GetStream: 2, GetEvent: 2, GetSeries: 4 };
const KIND_TABLE_PROGRAM = path.join(REPO_ROOT, "tests", "e2e", "fixtures", "kind-table");

function countOk(calls: AuditedCall[], prefix: RegExp): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const call of calls) {
    if (call.code === "OK" && prefix.test(call.method)) counts[call.method] = (counts[call.method] ?? 0) + 1;
  }
  return counts;
}

const refusals = (calls: AuditedCall[]) => calls.filter((call) => call.code === "RESOURCE_EXHAUSTED").length;

describe("a stack deployed under the service's quotas, with the real Pulumi CLI", () => {
  let local: LocalStack;
  let inspector: EmulatorInspector;

  before(async () => {
    // Ten mutations through a quota of 2 per 2 s: most of the up is spent waiting for the quota.
    local = await createLocalStack(REPO_ROOT, "e2e-quota", ["--in-memory", "--quota", "mutations=2/2s"]);
    inspector = new EmulatorInspector(local.emulator.address);
  });

  after(async () => {
    inspector?.close();
    await local?.dispose();
  });

  it("up under a tight mutation quota converges, creating every resource exactly once", async () => {
    const result = await local.stack.up();
    assert.equal(result.summary.result, "succeeded");
    const calls = await auditLog(local.emulator.address);
    assert.deepEqual(countOk(calls, /^(Create|Materialize)/), CREATES_PER_METHOD);
    assert.ok(refusals(calls) > 0, "the quota refused some calls, so the up really waited for it");
    const held = (await inspector.resources()).map((resource) => resource.name);
    assert.deepEqual(
      (await stateResources(local.stack)).map((resource) => resource.name),
      held,
    );
  });

  it("the preview afterwards is clean", async () => {
    const preview = await local.stack.preview();
    assert.deepEqual(preview.changeSummary, { same: RESOURCE_COUNT });
  });

  it("refresh under a read quota reads every resource once it is admitted", async () => {
    await inspector.control("SetQuota", { metric: "reads", limit: 2, period_ms: 2000 });
    const before = (await auditLog(local.emulator.address)).length;
    const result = await local.stack.refresh();
    assert.equal(result.summary.result, "succeeded");
    const calls = (await auditLog(local.emulator.address)).slice(before);
    assert.deepEqual(countOk(calls, /^Get/), GETS_PER_METHOD);
    assert.ok(refusals(calls) > 0, "the read quota refused some Gets");
    assert.deepEqual((await local.stack.preview()).changeSummary, { same: RESOURCE_COUNT });
    await inspector.control("ClearQuotas", { metric: "reads" });
  });

  it("destroy under the mutation quota removes everything", async () => {
    const result = await local.stack.destroy();
    assert.equal(result.summary.result, "succeeded");
    assert.deepEqual(await inspector.resources(), []);
  });
});

describe("a quota that never admits a call", () => {
  let local: LocalStack;

  before(async () => {
    local = await createLocalStack(KIND_TABLE_PROGRAM, "e2e-quota-closed", [
      "--in-memory",
      "--quota",
      "mutations=0/1s",
    ]);
    await local.stack.setConfig("overrides", {
      value: JSON.stringify({ Cluster: { timeouts: { createSeconds: 3 } } }),
    });
  });

  after(() => local?.dispose());

  it("fails the up with one error naming the quota once the resource's timeout is spent", async () => {
    const started = Date.now();
    const error = await local.stack.up().then(
      () => assert.fail("the up should fail"),
      (thrown: Error) => thrown,
    );
    const elapsed = Date.now() - started;
    const quotaError =
      /Quota exceeded for quota metric 'Mutate requests' and limit 'Mutate requests per second per project' of service 'visionai\.googleapis\.com' for consumer 'projects\/walk-project'\./g;
    // The engine echoes a resource's error in its progress lines; the diagnostics list each error once.
    const diagnostics = error.message.slice(
      error.message.indexOf("Diagnostics:"),
      error.message.indexOf("Resources:"),
    );
    assert.equal(diagnostics.match(quotaError)?.length, 1, error.message);
    assert.match(error.message, /after the call's quota timeout of 3 s \(the resource's timeout\) ends/);
    assert.doesNotMatch(error.message, /\n\s+at .+:\d+:\d+\)?\n/);
    const creates = await auditLog(local.emulator.address, "CreateCluster");
    // One attempt per second the quota asked for, not a retry storm.
    assert.ok(creates.length >= 2 && creates.length <= 4, `${creates.length} CreateCluster attempts`);
    assert.ok(elapsed >= 2000, `the up ended after ${elapsed} ms`);
  });
});
