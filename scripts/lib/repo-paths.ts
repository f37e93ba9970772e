import * as path from "node:path";

/** The repository root, from the compiled file's place in dist/scripts/lib. */
export const REPO_ROOT = path.resolve(__dirname, "..", "..", "..");

/** Machine-local files (built CLI, Pulumi state, emulator data), git-ignored. */
export const TOOLS_DIR = path.join(REPO_ROOT, ".tools");
