import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "node:test";
import { startEmulatorProcess, type EmulatorProcess } from "../../scripts/lib/emulator-process";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";
import { createLocalStack } from "../support/local-stack";
import { EmulatorInspector, stateResources, type NamedResource } from "../support/stack-inventory";
import { recordScenario } from "../../scripts/lib/reliability-scenarios";

/**
 * The service crashing under a running `pulumi up`: the emulator (durable, --data-dir) is killed with
 * SIGKILL while resources are being created and restarted on the same data dir and port a moment later.
 * The up must either finish or fail with an error that says what happened; the next up must converge;
 * and no change the emulator acknowledged before the kill may be lost.
 */

const CRASH_STACK_DIR = path.join(REPO_ROOT, "tests", "reliability", "crash-stack");
const SLOW_OPERATIONS = ["--operation-delay-ms", "1000"];
/** Long enough for the providers' calls to meet a dead port, short of the client's retry budget. */
const DOWN_MILLIS = 1500;
const PROGRAM_RESOURCE_COUNT = 8;

async function untilCreatesReached(inspector: EmulatorInspector, creates: number): Promise<void> {
  for (;;) {
    const entries = (await inspector.control("ListAuditLog", { method: "" })).entries as { method: string }[];
    if (entries.filter((entry) => entry.method.startsWith("Create")).length >= creates) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("emulator crash: kill -9 of the emulator during `pulumi up`, restarted on the same data", () => {
  it("the up finishes or fails clearly, the next up converges, and no acknowledged change is lost", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-emulator-crash-"));
    const local = await createLocalStack(CRASH_STACK_DIR, "emulator-crash", [
      "--data-dir",
      dataDir,
      ...SLOW_OPERATIONS,
    ]);
    const port = local.emulator.address.split(":").pop()!;
    let restarted: EmulatorProcess | undefined;
    const started = Date.now();
    try {
      let inspector = new EmulatorInspector(local.emulator.address);
      const up = local.stack.up().then(
        (result) => ({ succeeded: true, message: result.summary.result }),
        (error: Error) => ({ succeeded: false, message: error.message }),
      );
      await untilCreatesReached(inspector, 4);
      // What the emulator has acknowledged so far: every create it answered has its resource stored.
      const acknowledged = await inspector.resources();
      inspector.close();
      const exit = await local.emulator.kill("SIGKILL");
      assert.equal(exit.signal, "SIGKILL");
      await new Promise((resolve) => setTimeout(resolve, DOWN_MILLIS));
      restarted = await startEmulatorProcess(["--data-dir", dataDir, "--port", port, ...SLOW_OPERATIONS]);
      inspector = new EmulatorInspector(restarted.address);

      const first = await up;
      if (!first.succeeded) {
        // A clear error: the service was unreachable, said so per resource, not a stack trace.
        assert.match(first.message, /UNAVAILABLE|unavailable|ECONNREFUSED|connect/);
      }
      const afterCrash = await inspector.resources();
      assert.deepEqual(
        acknowledged.filter((resource) => !afterCrash.some((held) => held.name === resource.name)),
        [],
        "every resource the emulator had acknowledged is still there after kill -9",
      );
      const recorded = await stateResources(local.stack);
      assert.deepEqual(
        recorded.filter((resource) => !afterCrash.some((held) => held.name === resource.name)),
        [],
        "every resource the first up recorded exists",
      );

      const second = await local.stack.up();
      assert.equal(second.summary.result, "succeeded");
      const state = await stateResources(local.stack);
      assert.equal(state.length, PROGRAM_RESOURCE_COUNT);
      assert.deepEqual(
        await inspector.resources(),
        state,
        "the emulator holds exactly the state's resources",
      );
      const preview = await local.stack.preview();
      assert.deepEqual(preview.changeSummary, { same: state.length + 1 });
      inspector.close();

      recordScenario({
        scenario: "emulator crash: kill -9 of the emulator during up, restart on the same data dir",
        injected: `kill -9 of the emulator after 4 create calls, down ${DOWN_MILLIS} ms`,
        resources: state.length,
        result: `first up ${first.succeeded ? "finished" : "failed clearly"}; next up converged; ${acknowledged.length} acknowledged kept`,
        seconds: (Date.now() - started) / 1000,
      });
      assertNoDuplicates(state);
    } finally {
      await restarted?.stop();
      await local.dispose();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

function assertNoDuplicates(resources: NamedResource[]): void {
  assert.equal(new Set(resources.map((resource) => resource.name)).size, resources.length);
}
