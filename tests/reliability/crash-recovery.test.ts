import assert from "node:assert/strict";
import * as path from "node:path";
import { describe, it } from "node:test";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";
import { startUp, type KillableRun } from "../support/killable-run";
import { createLocalStack } from "../support/local-stack";
import { ScenarioChecks } from "../support/scenario-checks";
import {
  EmulatorInspector,
  checkEmulatorHoldsState,
  intendedChanges,
  stateEntries,
  stateResources,
} from "../support/stack-inventory";
import { recordScenario } from "../../scripts/lib/reliability-scenarios";

/**
 * Crash recovery, step by step as the README's "When a run is interrupted" says: a `pulumi up` with slow
 * operations is killed with SIGKILL (the CLI itself, or the dynamic-provider process) while resources are
 * being created. A killed CLI leaves the stack locked, so `pulumi cancel` comes first; a killed provider
 * process leaves no lock, so the next `pulumi up` runs without `cancel`. The recovering up must finish with
 * every resource of the program, each created exactly once, the emulator holding exactly the state's
 * resources and values, and a refresh and a preview that change nothing. Each scenario records its result
 * after its last check.
 */

const CRASH_STACK_DIR = path.join(REPO_ROOT, "tests", "reliability", "crash-stack");
/** Operations run long enough that a kill lands while they are under way. */
const EMULATOR_ARGS = ["--in-memory", "--operation-delay-ms", "1000"];

const CLUSTER = "projects/crash-project/locations/us-central1/clusters/crash-cluster";
const PROGRAM_RESOURCES = [
  { kind: "Cluster", name: CLUSTER },
  ...[1, 2].map((n) => ({ kind: "Event", name: `${CLUSTER}/events/event-${n}` })),
  ...[1, 2].map((n) => ({ kind: "Series", name: `${CLUSTER}/series/series-${n}` })),
  ...[1, 2, 3].map((n) => ({ kind: "Stream", name: `${CLUSTER}/streams/camera-${n}` })),
];

/** Where in the `up` the kill lands: once `creates` create calls have reached the service. */
const KILL_POINTS = [
  { creates: 1, during: "while the cluster is being created" },
  { creates: 4, during: "while streams and events are being created" },
];

/** Whether the kill leaves the stack locked: a killed CLI cannot release its lock; an engine whose provider died can. */
const VICTIMS = [
  { process: "pulumi", kill: (run: KillableRun) => run.killCli(), leavesLock: true },
  { process: "the dynamic-provider", kill: (run: KillableRun) => run.killProvider(), leavesLock: false },
];

async function untilCreatesReached(inspector: EmulatorInspector, creates: number): Promise<void> {
  for (;;) {
    const entries = (await inspector.control("ListAuditLog", { method: "" })).entries as { method: string }[];
    if (entries.filter((entry) => entry.method.startsWith("Create")).length >= creates) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Create calls answered ALREADY_EXISTS: resources the killed run created that the recovery took over. */
async function createsMeetingAlreadyExists(inspector: EmulatorInspector): Promise<number> {
  const entries = (await inspector.control("ListAuditLog", { method: "" })).entries as {
    method: string;
    code: string;
  }[];
  return entries.filter((entry) => entry.method.startsWith("Create") && entry.code === "ALREADY_EXISTS")
    .length;
}

describe("crash recovery: kill -9 during `pulumi up`, then `pulumi cancel` and `pulumi up`", () => {
  for (const [v, victim] of VICTIMS.entries()) {
    for (const [p, point] of KILL_POINTS.entries()) {
      const scenario = `kill -9 of ${victim.process} ${point.during}`;
      it(`${scenario}: the next up converges with the same resources, each created once`, async () => {
        const local = await createLocalStack(CRASH_STACK_DIR, `crash-${v}-${p}`, EMULATOR_ARGS);
        const inspector = new EmulatorInspector(local.emulator.address);
        const checks = new ScenarioChecks();
        const started = Date.now();
        try {
          const run = startUp(local.stack);
          await Promise.race([
            untilCreatesReached(inspector, point.creates),
            run.exited.then(() => assert.fail(`the up ended before the kill:\n${run.output()}`)),
          ]);
          victim.kill(run);
          const killed = await run.exited;
          await run.killAll();
          checks.ok(killed.code !== 0, "the killed up did not report success");
          const before = await stateResources(local.stack);
          checks.ok(before.length < PROGRAM_RESOURCES.length, "the kill landed before the up finished");

          if (victim.leavesLock) {
            await assert.rejects(local.stack.up(), /locked/);
            checks.proved("without `pulumi cancel` the next up is refused: the stack is locked");
            // The README's recovery: release the lock a killed CLI leaves, then run the update again.
            await local.stack.cancel();
          }
          const recovered = await local.stack.up();
          checks.equal(
            recovered.summary.result,
            "succeeded",
            victim.leavesLock
              ? "after `pulumi cancel` the next up succeeds"
              : "the next up, without `pulumi cancel`, succeeds: the killed provider process left no lock",
          );
          if (victim.leavesLock) {
            // The killed engine had checkpointed the creates it started: Pulumi names them, then goes on.
            checks.match(
              recovered.stdout + recovered.stderr,
              /pending operations from previous deployment/,
              "the recovering up names the pending operations the killed run left",
            );
          }

          const state = await stateEntries(local.stack);
          checks.equal(
            state.map(({ kind, name }) => ({ kind, name })),
            PROGRAM_RESOURCES,
            "the state holds every resource of the program, once",
          );
          await checkEmulatorHoldsState(checks, inspector, state);
          checks.equal(
            await inspector.appliedChanges(),
            intendedChanges("create", state),
            "each resource was created exactly once, by the killed run or by the recovery",
          );
          const adopted = await createsMeetingAlreadyExists(inspector);
          checks.ok(
            adopted > 0,
            "the recovery met what the killed run had created, and took it over by its marker",
          );
          const refresh = await local.stack.refresh();
          checks.equal(
            refresh.summary.resourceChanges,
            { same: state.length + 1 },
            "a refresh changes nothing",
          );
          const preview = await local.stack.preview();
          checks.equal(preview.changeSummary, { same: state.length + 1 }, "a preview shows no changes");

          const counts = await inspector.callCounts();
          recordScenario({
            scenario: `crash recovery: ${scenario}`,
            checks: checks.claims(),
            injected: `kill -9 of ${victim.process} after ${point.creates} create call(s), then ${victim.leavesLock ? "cancel and " : ""}up`,
            figures: {
              calls: counts.calls,
              resources: state.length,
              seconds: (Date.now() - started) / 1000,
              observed: `${before.length} in state after the kill, ${adopted} taken over by their marker`,
            },
          });
        } finally {
          inspector.close();
          await local.dispose();
        }
      });
    }
  }
});
