/**
 * Where `npm run demo` keeps its stack: the root program's stack `demo`, with Pulumi's state and home and
 * the emulator's data under .tools/demo, so later commands (`npm run graph`) find the same stack.
 */
import * as path from "node:path";
import { offlinePulumiEnv } from "./pulumi-cli";
import { REPO_ROOT, TOOLS_DIR } from "./repo-paths";

export const DEMO_STACK_NAME = "demo";
/** The demo's program: the root Pulumi.yaml. */
export const DEMO_PROGRAM_DIR = REPO_ROOT;
export const DEMO_DIR = path.join(TOOLS_DIR, "demo");
export const DEMO_EMULATOR_DATA_DIR = path.join(DEMO_DIR, "emulator");

/** The offline Pulumi environment of the demo stack, with the CLI from `binDir`. */
export function demoPulumiEnv(binDir: string): Record<string, string> {
  return offlinePulumiEnv({
    binDir,
    home: path.join(DEMO_DIR, "home"),
    backendDir: path.join(DEMO_DIR, "state"),
  });
}
