/**
 * `npm run demo`: deploys the root Pulumi program (examples/video-analytics-stack) to a local stack against
 * a local Vision AI emulator, and prints the stack outputs. Running it again reports no changes, because
 * the emulator keeps its state in .tools/demo/emulator beside Pulumi's own state in .tools/demo/state.
 *
 * `npm run demo:destroy` deletes every resource of the stack, then the stack and the emulator's data.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { LocalWorkspace } from "@pulumi/pulumi/automation";
import { startEmulatorProcess } from "./lib/emulator-process";
import {
  DEMO_EMULATOR_DATA_DIR as EMULATOR_DATA_DIR,
  DEMO_PROGRAM_DIR,
  DEMO_STACK_NAME as STACK_NAME,
  demoPulumiEnv,
} from "./lib/demo-stack";
import { pulumiBinDir, pulumiCommand } from "./lib/pulumi-cli";
import { REPO_ROOT } from "./lib/repo-paths";

async function main(action: string): Promise<void> {
  if (action !== "up" && action !== "destroy") {
    throw new Error(`unknown action "${action}": use "up" or "destroy"`);
  }
  // The demo's program is TypeScript, so it asks for no optional part: a first run builds the CLI and the
  // Node.js language host, not the YAML host, and says so with how long that takes.
  const binDir = await pulumiBinDir();
  fs.mkdirSync(EMULATOR_DATA_DIR, { recursive: true });
  const emulator = await startEmulatorProcess(["--data-dir", EMULATOR_DATA_DIR]);
  console.log(
    `Vision AI emulator listening on ${emulator.address} (data in ${path.relative(REPO_ROOT, EMULATOR_DATA_DIR)})`,
  );
  try {
    const stack = await LocalWorkspace.createOrSelectStack(
      { stackName: STACK_NAME, workDir: DEMO_PROGRAM_DIR },
      {
        pulumiCommand: await pulumiCommand(binDir),
        envVars: { ...demoPulumiEnv(binDir), VISIONAI_EMULATOR_HOST: emulator.address },
      },
    );
    if (action === "up") {
      // Pulumi's own progress output ends with the stack outputs.
      await stack.up({ onOutput: (text) => process.stdout.write(text) });
    } else {
      await stack.destroy({ onOutput: (text) => process.stdout.write(text) });
      await stack.workspace.removeStack(STACK_NAME);
    }
  } finally {
    await emulator.stop();
  }
  if (action === "destroy") {
    fs.rmSync(EMULATOR_DATA_DIR, { recursive: true, force: true });
    console.log("Removed the demo stack and the emulator's data.");
  }
}

main(process.argv[2] ?? "up").catch((error: Error) => {
  console.error(`\ndemo failed: ${error.message}`);
  process.exitCode = 1;
});
