import * as path from "node:path";
import { after, before, describe, it, type TestContext } from "node:test";
import type { Stack } from "@pulumi/pulumi/automation";
import type { FaultRuleRequest } from "../../scripts/lib/fault-rates";
import { recordScenario } from "../../scripts/lib/reliability-scenarios";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";
import type { KindName } from "../../kinds";
import { createLocalStack, type LocalStack } from "../support/local-stack";
import { ScenarioChecks } from "../support/scenario-checks";
import {
  EmulatorInspector,
  checkEmulatorHoldsState,
  allStateResources,
  expectedUpdateMask,
  intendedChanges,
  stateEntries,
  type NamedResource,
  type StateResource,
} from "../support/stack-inventory";

/**
 * The fault campaign: real `pulumi up`, update and destroy through the real CLI and dynamic-provider
 * plugin against an emulator whose fault rules fail calls before handling them, lose the response of calls
 * after applying them, and answer some slowly with DEADLINE_EXCEEDED, on every StreamsService and
 * Operations RPC. Each command is one scenario; it records its result only after all of its checks held:
 * the changes the emulator applied are exactly the intended ones, each once; the emulator holds exactly
 * the state's resources with the state's values; an update sent exactly the changed fields' mask; a
 * preview after an up shows nothing to do; a destroy leaves an empty emulator and an empty stack.
 *
 * The fault draws are seeded (the seed is printed as a diagnostic and recorded): FAULT_SEED=<n> replays
 * a run's draws.
 */
const FAULT_RULES: FaultRuleRequest[] = [
  // First, so its share is not taken by the rules below (the first failing rule decides the status).
  { method: "*", code: "DEADLINE_EXCEEDED", probability: 0.05, latency_ms: 200, phase: "AFTER" },
  { method: "*", code: "UNAVAILABLE", probability: 0.2, phase: "BEFORE" },
  { method: "*", code: "UNAVAILABLE", probability: 0.2, phase: "AFTER" },
];

/**
 * Fixed unless FAULT_SEED says otherwise: the k-th call of a command meets the k-th decision, and this
 * seed fails one call unhandled and applies then fails another within the first five calls, so every
 * command meets both kinds of fault whatever order its calls arrive in. FAULT_SEED=<n> tries other draws.
 */
const DEFAULT_FAULT_SEED = 20261205;
const FAULT_SEED = process.env.FAULT_SEED ? Number(process.env.FAULT_SEED) : DEFAULT_FAULT_SEED;

/** Operations run for a while, so the providers poll them through GetOperation under faults too. */
const EMULATOR_ARGS = ["--in-memory", "--operation-delay-ms", "100", "--fault-seed", String(FAULT_SEED)];

const LARGE_STACK_DIR = path.join(REPO_ROOT, "tests", "reliability", "large-stack");

interface Campaign {
  local: LocalStack;
  inspector: EmulatorInspector;
}

async function startCampaign(workDir: string, stackName: string): Promise<Campaign> {
  const local = await createLocalStack(workDir, stackName, EMULATOR_ARGS);
  return { local, inspector: new EmulatorInspector(local.emulator.address) };
}

type Command = (stack: Stack) => Promise<{ summary: { result: string } }>;

interface Scenario {
  title: string;
  command: Command;
  /** The changes the command must apply, given the state before and after it. */
  intended: (before: StateResource[], after: StateResource[]) => string[];
  /** Checks of this kind of command beyond those every command gets. */
  then: (
    checks: ScenarioChecks,
    campaign: Campaign,
    before: StateResource[],
    after: StateResource[],
  ) => Promise<void>;
}

/**
 * Runs one scenario's command under the fault rules, the draws started again from FAULT_SEED, then
 * checks it with faults off and, once every check held, records it.
 */
async function underFaults(t: TestContext, campaign: Campaign, scenario: Scenario): Promise<StateResource[]> {
  const { local, inspector } = campaign;
  const checks = new ScenarioChecks();
  t.diagnostic(`fault seed ${FAULT_SEED} (replay: FAULT_SEED=${FAULT_SEED})`);
  const before = await stateEntries(local.stack);
  await inspector.control("ClearAuditLog");
  await inspector.control("SeedFaults", { seed: FAULT_SEED });
  for (const rule of FAULT_RULES) await inspector.control("AddFault", rule);
  const started = Date.now();
  const result = await scenario.command(local.stack);
  const seconds = (Date.now() - started) / 1000;
  await inspector.control("ClearFaults");
  checks.equal(result.summary.result, "succeeded", "Pulumi reports the command succeeded");
  checks.equal(
    (await inspector.control("GetFaultSeed")).seed,
    FAULT_SEED,
    "the emulator drew its faults from the recorded seed",
  );
  const counts = await inspector.callCounts();
  checks.ok(
    counts.faultsBefore > 0 && counts.faultsAfter > 0,
    "calls were failed both before handling and after applying",
  );
  const after = await stateEntries(local.stack);
  checks.equal(
    await inspector.appliedChanges(),
    scenario.intended(before, after),
    "each intended change was applied exactly once, and nothing else",
  );
  await checkEmulatorHoldsState(checks, inspector, after);
  await scenario.then(checks, campaign, before, after);
  recordScenario({
    scenario: scenario.title,
    checks: checks.claims(),
    seed: FAULT_SEED,
    faultRules: FAULT_RULES,
    figures: { ...counts, resources: Math.max(before.length, after.length), seconds },
  });
  return after;
}

async function previewShowsNothingToDo(
  checks: ScenarioChecks,
  stack: Stack,
  resources: number,
): Promise<void> {
  const preview = await stack.preview();
  // The stack itself counts as one resource.
  checks.equal(preview.changeSummary, { same: resources + 1 }, "a preview afterwards shows no changes");
}

const creates = (_before: NamedResource[], after: NamedResource[]) => intendedChanges("create", after);
/** `pulumi destroy` forgets channels: Vision AI v1 cannot delete them (they go with their cluster). */
const deletes = (before: NamedResource[]) =>
  intendedChanges(
    "delete",
    before.filter((resource) => resource.kind !== "Channel"),
  );

function upScenario(title: string, count: number): Scenario {
  return {
    title,
    command: (stack) => stack.up(),
    intended: creates,
    async then(checks, campaign, _before, after) {
      checks.equal(after.length, count, `the state holds all ${count} resources of the program`);
      await previewShowsNothingToDo(checks, campaign.local.stack, after.length);
    },
  };
}

function destroyScenario(title: string): Scenario {
  return {
    title,
    command: (stack) => stack.destroy(),
    intended: deletes,
    async then(checks, campaign) {
      checks.equal(await campaign.inspector.resources(), [], "the emulator is empty afterwards");
      checks.equal(
        await allStateResources(campaign.local.stack),
        [],
        "the stack's state is empty afterwards",
      );
    },
  };
}

describe("fault campaign: the example stack under lost requests, lost responses and slow calls", () => {
  let campaign: Campaign;

  before(async () => {
    campaign = await startCampaign(REPO_ROOT, "campaign-example");
  });
  after(async () => {
    campaign?.inspector.close();
    await campaign?.local.dispose();
  });

  it("up creates each resource exactly once, and the emulator holds the state's resources and values", async (t) => {
    await underFaults(t, campaign, upScenario("example stack: up under faults", 10));
  });

  it("destroy deletes each resource exactly once and leaves an empty emulator and an empty stack", async (t) => {
    await underFaults(t, campaign, destroyScenario("example stack: destroy under faults"));
  });
});

describe("fault campaign: a 50-resource stack under lost requests, lost responses and slow calls", () => {
  let campaign: Campaign;

  before(async () => {
    campaign = await startCampaign(LARGE_STACK_DIR, "campaign-large");
  });
  after(async () => {
    campaign?.inspector.close();
    await campaign?.local.dispose();
  });

  it("up creates each of the 50 resources exactly once, and the emulator holds the state's resources and values", async (t) => {
    await underFaults(t, campaign, upScenario("50-resource stack: up under faults", 50));
  });

  it("an update of several fields on 20 resources applies each update exactly once, with exactly the changed fields' mask", async (t) => {
    await campaign.local.stack.setConfig("campaign:revision", { value: "2" });
    await underFaults(t, campaign, {
      title: "50-resource stack: update of 20 under faults",
      command: (stack) => stack.up(),
      intended: (before) =>
        intendedChanges(
          "update",
          before.filter((resource) => ["Cluster", "Stream", "Event"].includes(resource.kind)),
        ),
      async then(checks, { inspector, local }, before, after) {
        checks.equal(
          after.map(({ name }) => name),
          before.map(({ name }) => name),
          "the update replaced nothing: the same resources before and after",
        );
        const expected = new Map(
          after
            .map((resource, index): [string, string[][]] => [
              resource.name,
              [expectedUpdateMask(resource.kind as KindName, before[index]!.outputs, resource.outputs)],
            ])
            .filter(([, [mask]]) => mask!.length > 0),
        );
        checks.equal(expected.size, 20, "20 resources changed in the state");
        checks.equal(
          await inspector.updateMasks(),
          expected,
          "each updated resource's Update calls (retries included) named exactly its changed fields in update_mask",
        );
        await previewShowsNothingToDo(checks, local.stack, after.length);
      },
    });
  });

  it("destroy deletes each resource exactly once and leaves an empty emulator and an empty stack", async (t) => {
    await underFaults(t, campaign, destroyScenario("50-resource stack: destroy under faults"));
  });
});
