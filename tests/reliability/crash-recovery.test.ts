import assert from "node:assert/strict";
import * as path from "node:path";
import { describe, it } from "node:test";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";
import { startUp, type KillableRun } from "../support/killable-run";
import { createLocalStack } from "../support/local-stack";
import { EmulatorInspector, intendedChanges, stateResources } from "../support/stack-inventory";
import { recordScenario } from "../../scripts/lib/reliability-scenarios";

/**
 * Crash recovery, step by step as the README's "When a run is interrupted" says: a `pulumi up` with slow
 * operations is killed with SIGKILL (the CLI itself, or the dynamic-provider process) while resources are
 * being created; then `pulumi cancel` and `pulumi up` must finish with every resource of the program,
 * each created exactly once, the emulator holding exactly the state's resources, and a refresh and a
 * preview that change nothing.
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
          assert.notEqual(killed.code, 0, `the killed up must not report success:\n${run.output()}`);
          const before = await stateResources(local.stack);
          assert.ok(before.length < PROGRAM_RESOURCES.length, "the kill landed before the up finished");

          if (victim.leavesLock) {
            await assert.rejects(
              local.stack.up(),
              /locked/,
              "without `pulumi cancel` the stack stays locked",
            );
          }
          // The README's recovery: release the lock a killed CLI leaves, then run the update again.
          await local.stack.cancel();
          const recovered = await local.stack.up();
          assert.equal(recovered.summary.result, "succeeded");
          if (victim.leavesLock) {
            // The killed engine had checkpointed the creates it started: Pulumi names them, then goes on.
            assert.match(recovered.stdout + recovered.stderr, /pending operations from previous deployment/);
          }

          const state = await stateResources(local.stack);
          assert.deepEqual(state, PROGRAM_RESOURCES, "every resource of the program, once");
          assert.deepEqual(await inspector.resources(), state, "the emulator holds exactly the state's");
          assert.deepEqual(
            await inspector.appliedChanges(),
            intendedChanges("create", state),
            "each resource was created exactly once, by the killed run or by the recovery",
          );
          const adopted = await createsMeetingAlreadyExists(inspector);
          assert.ok(adopted > 0, "the recovery met what the killed run had created, and took it over");
          const refresh = await local.stack.refresh();
          assert.deepEqual(refresh.summary.resourceChanges, { same: state.length + 1 }, "refresh is clean");
          const preview = await local.stack.preview();
          assert.deepEqual(preview.changeSummary, { same: state.length + 1 }, "nothing left to do");

          const counts = await inspector.callCounts();
          recordScenario({
            scenario: `crash recovery: ${scenario}`,
            injected: `kill -9 of ${victim.process} after ${point.creates} create call(s), then cancel + up`,
            calls: counts.calls,
            faultsBefore: 0,
            faultsAfter: 0,
            resources: state.length,
            result: `converged; ${before.length} in state after the kill, ${adopted} taken over by their marker`,
            seconds: (Date.now() - started) / 1000,
          });
        } finally {
          inspector.close();
          await local.dispose();
        }
      });
    }
  }
});
