import assert from "node:assert/strict";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Stack } from "@pulumi/pulumi/automation";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";
import { createLocalStack, type LocalStack } from "../support/local-stack";
import {
  EmulatorInspector,
  intendedChanges,
  stateResources,
  type NamedResource,
} from "../support/stack-inventory";
import { recordScenario } from "../../scripts/lib/reliability-scenarios";

/**
 * The fault campaign: real `pulumi up`, update and destroy through the real CLI and dynamic-provider
 * plugin against an emulator that fails 20% of calls before handling them, loses the response of 20%
 * after applying them, and answers some calls slowly with DEADLINE_EXCEEDED, on every StreamsService and
 * Operations RPC. After each command the emulator must hold exactly what the state records, each intended
 * change must have been applied exactly once, and a preview must show nothing to do.
 */
const FAULT_RULES = [
  // First, so its share is not taken by the rules below (the first failing rule decides the status).
  { method: "*", code: "DEADLINE_EXCEEDED", probability: 0.05, latency_ms: 200, phase: "AFTER" },
  { method: "*", code: "UNAVAILABLE", probability: 0.2, phase: "BEFORE" },
  { method: "*", code: "UNAVAILABLE", probability: 0.2, phase: "AFTER" },
];

/** Operations run for a while, so the providers poll them through GetOperation under faults too. */
const EMULATOR_ARGS = ["--in-memory", "--operation-delay-ms", "100"];

const LARGE_STACK_DIR = path.join(REPO_ROOT, "tests", "reliability", "large-stack");

interface Campaign {
  local: LocalStack;
  inspector: EmulatorInspector;
}

async function startCampaign(workDir: string, stackName: string): Promise<Campaign> {
  const local = await createLocalStack(workDir, stackName, EMULATOR_ARGS);
  const inspector = new EmulatorInspector(local.emulator.address);
  for (const rule of FAULT_RULES) await inspector.control("AddFault", rule);
  return { local, inspector };
}

/**
 * Runs one command under faults, then checks, with faults off: the changes the emulator applied are
 * exactly `intended(before, after)`, each once, and the emulator holds exactly the state's resources.
 */
async function underFaults(
  campaign: Campaign,
  scenario: string,
  command: (stack: Stack) => Promise<{ summary: { result: string } }>,
  intended: (before: NamedResource[], after: NamedResource[]) => string[],
): Promise<NamedResource[]> {
  const { local, inspector } = campaign;
  const before = await stateResources(local.stack);
  await inspector.control("ClearAuditLog");
  const started = Date.now();
  const result = await command(local.stack);
  const seconds = (Date.now() - started) / 1000;
  await inspector.control("ClearFaults");
  const counts = await inspector.callCounts();
  const applied = await inspector.appliedChanges();
  const state = await stateResources(local.stack);
  const held = await inspector.resources();
  recordScenario({
    scenario,
    ...counts,
    resources: state.length || before.length,
    result: result.summary.result,
    seconds,
  });
  assert.equal(result.summary.result, "succeeded");
  assert.ok(counts.faultsBefore > 0 && counts.faultsAfter > 0, `faults injected: ${JSON.stringify(counts)}`);
  assert.deepEqual(applied, intended(before, state), "each intended change applied exactly once");
  assert.deepEqual(held, state, "the emulator holds exactly the resources in the state");
  for (const rule of FAULT_RULES) await inspector.control("AddFault", rule);
  return state;
}

async function assertPreviewShowsNoChanges(stack: Stack, resources: NamedResource[]): Promise<void> {
  const preview = await stack.preview();
  // The stack itself counts as one resource.
  assert.deepEqual(preview.changeSummary, { same: resources.length + 1 });
}

const creates = (_before: NamedResource[], after: NamedResource[]) => intendedChanges("create", after);
/** `pulumi destroy` forgets channels: Vision AI v1 cannot delete them (they go with their cluster). */
const deletes = (before: NamedResource[]) =>
  intendedChanges(
    "delete",
    before.filter((resource) => resource.kind !== "Channel"),
  );

describe("fault campaign: the example stack under lost requests, lost responses and slow calls", () => {
  let campaign: Campaign;
  let resources: NamedResource[];

  before(async () => {
    campaign = await startCampaign(REPO_ROOT, "campaign-example");
  });
  after(async () => {
    campaign?.inspector.close();
    await campaign?.local.dispose();
  });

  it("up creates each resource exactly once, leaving the emulator holding exactly the state's resources", async () => {
    resources = await underFaults(campaign, "example stack: up", (stack) => stack.up(), creates);
    assert.equal(resources.length, 10);
  });

  it("a preview after that up shows no changes", () =>
    assertPreviewShowsNoChanges(campaign.local.stack, resources));

  it("destroy deletes each resource exactly once and leaves nothing behind", async () => {
    const left = await underFaults(campaign, "example stack: destroy", (stack) => stack.destroy(), deletes);
    assert.deepEqual(left, []);
  });
});

describe("fault campaign: a 50-resource stack under lost requests, lost responses and slow calls", () => {
  let campaign: Campaign;
  let resources: NamedResource[];

  before(async () => {
    campaign = await startCampaign(LARGE_STACK_DIR, "campaign-large");
  });
  after(async () => {
    campaign?.inspector.close();
    await campaign?.local.dispose();
  });

  it("up creates each of the 50 resources exactly once, leaving the emulator holding exactly the state's resources", async () => {
    resources = await underFaults(campaign, "50-resource stack: up", (stack) => stack.up(), creates);
    assert.equal(resources.length, 50);
  });

  it("a preview after that up shows no changes", () =>
    assertPreviewShowsNoChanges(campaign.local.stack, resources));

  it("an update of several fields on 20 resources applies each update exactly once", async () => {
    await campaign.local.stack.setConfig("campaign:revision", { value: "2" });
    const updated = resources.filter((resource) => ["Cluster", "Stream", "Event"].includes(resource.kind));
    const after = await underFaults(
      campaign,
      "50-resource stack: update of 20",
      (stack) => stack.up(),
      () => intendedChanges("update", updated),
    );
    assert.deepEqual(after, resources, "an in-place update keeps every resource");
  });

  it("a preview after that update shows no changes", () =>
    assertPreviewShowsNoChanges(campaign.local.stack, resources));

  it("destroy deletes each resource exactly once and leaves nothing behind but the channels' absence", async () => {
    const left = await underFaults(
      campaign,
      "50-resource stack: destroy",
      (stack) => stack.destroy(),
      deletes,
    );
    assert.deepEqual(left, []);
  });
});
