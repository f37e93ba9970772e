import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { LocalWorkspace, type Stack } from "@pulumi/pulumi/automation";
import { startEmulatorProcess, type EmulatorProcess } from "../../scripts/lib/emulator-process";
import {
  assertLanguageHostFor,
  offlinePulumiEnv,
  pulumiBinDir,
  pulumiCommand,
  type OptionalPulumiParts,
} from "../../scripts/lib/pulumi-cli";

/** A Pulumi stack of a program in this repository, with its own state, wired to its own emulator process. */
export interface LocalStack {
  readonly stack: Stack;
  readonly emulator: EmulatorProcess;
  dispose(): Promise<void>;
}

/**
 * Creates a fresh stack for the program in `workDir` (a directory holding a Pulumi.yaml) with a throwaway
 * file backend and an emulator process (in memory unless `emulatorArgs` say otherwise), exactly as a user runs them: the real CLI, language host
 * and dynamic-provider plugin. A Pulumi YAML program needs `pulumiParts` `{ yaml: true }` (createYamlStack
 * passes it); without it, this fails saying so instead of the engine's missing-plugin error.
 */
export async function createLocalStack(
  workDir: string,
  stackName: string,
  emulatorArgs: string[] = ["--in-memory"],
  pulumiParts: OptionalPulumiParts = {},
): Promise<LocalStack> {
  const binDir = await pulumiBinDir(pulumiParts);
  assertLanguageHostFor(workDir, binDir);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-e2e-"));
  const emulator = await startEmulatorProcess(emulatorArgs);
  try {
    const stack = await LocalWorkspace.createStack(
      { stackName, workDir },
      {
        pulumiCommand: await pulumiCommand(binDir),
        envVars: {
          ...offlinePulumiEnv({
            binDir,
            home: path.join(scratch, "home"),
            backendDir: path.join(scratch, "state"),
          }),
          VISIONAI_EMULATOR_HOST: emulator.address,
        },
      },
    );
    return {
      stack,
      emulator,
      async dispose() {
        await stack.workspace.removeStack(stackName, { force: true }).catch(() => undefined);
        await emulator.stop();
        fs.rmSync(scratch, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await emulator.stop();
    throw error;
  }
}
