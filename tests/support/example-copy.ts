import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT, TOOLS_DIR } from "../../scripts/lib/repo-paths";

/** A throwaway copy of one program in examples/, for tests that change its files or stack config. */
export interface ExampleCopy {
  /** The copy's directory: run Pulumi here, never in examples/. */
  readonly dir: string;
  remove(): void;
}

/**
 * Copies examples/`name` into a new temporary folder under .tools/ (git-ignored). The folder stays inside
 * the repository so that the copy, like the original, finds node_modules and imports the package by its
 * own name (`pulumi-visionai`).
 */
export function copyExample(name: string): ExampleCopy {
  const parent = path.join(TOOLS_DIR, "example-copies");
  fs.mkdirSync(parent, { recursive: true });
  const dir = path.join(fs.mkdtempSync(path.join(parent, `${name}-`)), name);
  fs.cpSync(path.join(REPO_ROOT, "examples", name), dir, { recursive: true });
  return {
    dir,
    remove: () => fs.rmSync(path.dirname(dir), { recursive: true, force: true }),
  };
}
