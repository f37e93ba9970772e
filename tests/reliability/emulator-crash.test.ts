import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "node:test";
import { DEFAULT_RETRY_SETTINGS } from "../../client/retry-policy";
import { startEmulatorProcess, type EmulatorProcess } from "../../scripts/lib/emulator-process";
import { recordScenario } from "../../scripts/lib/reliability-scenarios";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";
import { createLocalStack } from "../support/local-stack";
import { ScenarioChecks } from "../support/scenario-checks";
import {
  EmulatorInspector,
  checkEmulatorHoldsState,
  intendedChanges,
  stateEntries,
  stateResources,
} from "../support/stack-inventory";
import { withinMillis } from "../support/time-limit";

/**
 * The service crashing under a running `pulumi up`: the emulator (durable, --data-dir) is killed with
 * SIGKILL while resources are being created and restarted on the same data dir and port. Down for less
 * than the client's retry budget, the up rides it out and succeeds. Down for longer, the up fails, each
 * failing resource with one line naming the service's address and the retry budget, and the next up
 * converges. Either way no create the emulator had acknowledged before the kill is lost, each resource is
 * created once, and the emulator ends holding exactly the state's resources and values.
 */

const CRASH_STACK_DIR = path.join(REPO_ROOT, "tests", "reliability", "crash-stack");
const SLOW_OPERATIONS = ["--operation-delay-ms", "1000"];
const LOCATION = "projects/crash-project/locations/us-central1";
const PROGRAM_RESOURCE_COUNT = 8;
const RETRY_BUDGET_MILLIS = DEFAULT_RETRY_SETTINGS.totalTimeoutMillis;
/** Creates that reach the emulator before the kill: the cluster and some of its streams and events. */
const CREATES_BEFORE_KILL = 4;
/** Far beyond any wait below: a run still going by then is hung. */
const UP_TIME_LIMIT_MILLIS = 2 * RETRY_BUDGET_MILLIS + 120_000;

async function untilCreatesReached(inspector: EmulatorInspector, creates: number): Promise<void> {
  for (;;) {
    const entries = (await inspector.control("ListAuditLog", { method: "" })).entries as { method: string }[];
    if (entries.filter((entry) => entry.method.startsWith("Create")).length >= creates) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * The errors Pulumi printed for failing resources, one per line, without the stack's "update failed":
 * a plain `error: <message>`, or, for a resource created but not finished (recorded with its id),
 * `error: 1 error occurred:` followed by one `* <message>` line per reason.
 */
function resourceErrors(output: string): string[] {
  const errors: string[] = [];
  const lines = output.split("\n");
  for (const [index, line] of lines.entries()) {
    const error = /^\s+error: (.*)$/.exec(line)?.[1];
    if (error === undefined || error === "update failed") continue;
    if (!/^\d+ errors? occurred:$/.test(error)) {
      errors.push(error);
      continue;
    }
    for (const reason of lines.slice(index + 1)) {
      const item = /^\s*\* (.*)$/.exec(reason)?.[1];
      if (item === undefined) break;
      errors.push(item);
    }
  }
  return errors;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface Outage {
  scenario: string;
  downMillis: number;
  /** Whether the first up must fail (down past the budget) or succeed (down within it). */
  firstUpFails: boolean;
}

const OUTAGES: Outage[] = [
  {
    scenario: "emulator crash: down within the client's retry budget",
    downMillis: 3_000,
    firstUpFails: false,
  },
  {
    scenario: "emulator crash: down longer than the client's retry budget",
    downMillis: RETRY_BUDGET_MILLIS + 10_000,
    firstUpFails: true,
  },
];

describe("emulator crash: kill -9 of the emulator during `pulumi up`, restarted on the same data", () => {
  for (const outage of OUTAGES) {
    it(`down ${outage.downMillis / 1000} s: the first up ${outage.firstUpFails ? "fails with one clear line per resource naming the address and budget" : "succeeds"}, the next converges, and no acknowledged create is lost`, async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-emulator-crash-"));
      const local = await createLocalStack(CRASH_STACK_DIR, `emulator-crash-${outage.downMillis}`, [
        "--data-dir",
        dataDir,
        ...SLOW_OPERATIONS,
      ]);
      const address = local.emulator.address;
      const port = address.split(":").pop()!;
      const checks = new ScenarioChecks();
      let restarted: EmulatorProcess | undefined;
      const started = Date.now();
      try {
        let inspector = new EmulatorInspector(address);
        const up = local.stack.up().then(
          (result) => ({ succeeded: true, output: result.stdout + result.stderr }),
          (error: Error) => ({ succeeded: false, output: error.message }),
        );
        await withinMillis(
          Promise.race([
            untilCreatesReached(inspector, CREATES_BEFORE_KILL),
            up.then((first) => assert.fail(`the up ended before the kill:\n${first.output}`)),
          ]),
          60_000,
          `${CREATES_BEFORE_KILL} create calls reaching the emulator`,
        );
        inspector.close();
        const exit = await local.emulator.kill("SIGKILL");
        assert.equal(exit.signal, "SIGKILL");
        await new Promise((resolve) => setTimeout(resolve, outage.downMillis));
        restarted = await startEmulatorProcess(["--data-dir", dataDir, "--port", port, ...SLOW_OPERATIONS]);
        inspector = new EmulatorInspector(restarted.address);

        const first = await withinMillis(up, UP_TIME_LIMIT_MILLIS, "the first up ending");
        const errors = resourceErrors(first.output);
        if (outage.firstUpFails) {
          checks.equal(first.succeeded, false, "the up during the outage fails");
          checks.ok(errors.length > 0, "Pulumi reports the failing resources");
          const expected = new RegExp(
            `^\\w+ projects/\\S+ failed with UNAVAILABLE: the service at ${escaped(address)} stayed ` +
              `unavailable through the client's retry budget of ${RETRY_BUDGET_MILLIS / 1000} s\\. Gave up ` +
              "after \\d+ attempts\\. Check that it is running and reachable at that address, then run the " +
              "command again\\.$",
          );
          for (const error of errors) assert.match(error, expected, `in the up's output:\n${first.output}`);
          checks.proved(
            `each failing resource's error is one line naming the service's address and the ${RETRY_BUDGET_MILLIS / 1000} s retry budget`,
          );
          checks.ok(!/^\s+at .+:\d+:\d+\)?$/m.test(first.output), "the output holds no stack trace");
        } else {
          checks.equal(first.succeeded, true, "the up during the outage rides it out and succeeds");
        }

        const created = await inspector.operationTargets(LOCATION, "create");
        const held = (await inspector.resources()).map((resource) => resource.name);
        checks.equal(
          created.filter((name) => !held.includes(name)),
          [],
          "every create the emulator acknowledged, before or during the kill, has its resource after the restart",
        );
        checks.equal(
          (await stateResources(local.stack)).filter((resource) => !held.includes(resource.name)),
          [],
          "every resource the first up recorded exists",
        );

        const second = await withinMillis(local.stack.up(), UP_TIME_LIMIT_MILLIS, "the next up ending");
        checks.equal(second.summary.result, "succeeded", "the next up succeeds");
        const state = await stateEntries(local.stack);
        checks.equal(state.length, PROGRAM_RESOURCE_COUNT, "the state holds every resource of the program");
        await checkEmulatorHoldsState(checks, inspector, state);
        checks.equal(
          (await inspector.operationTargets(LOCATION, "create")).map((name) => `create ${name}`),
          intendedChanges("create", state),
          "each resource was created exactly once, across the crash (the emulator's durable operations)",
        );
        const preview = await local.stack.preview();
        checks.equal(preview.changeSummary, { same: state.length + 1 }, "a preview shows no changes");
        inspector.close();

        recordScenario({
          scenario: outage.scenario,
          checks: checks.claims(),
          injected: `kill -9 of the emulator after ${CREATES_BEFORE_KILL} create calls, down ${outage.downMillis / 1000} s (the client's retry budget is ${RETRY_BUDGET_MILLIS / 1000} s), restarted on the same data dir and port`,
          figures: {
            resources: state.length,
            seconds: (Date.now() - started) / 1000,
            observed: `first up ${first.succeeded ? "succeeded" : `failed, with ${errors.length} resource error line(s)`}; ${created.length} creates acknowledged by the time of the first up's end`,
          },
        });
      } finally {
        await restarted?.stop();
        await local.dispose();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    });
  }
});
