import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";
import { createLocalStack, type LocalStack } from "./local-stack";

/** This repository's `bin/`, where `pulumi-resource-visionai` lives before the package is installed. */
export const REPO_BIN_DIR = path.join(REPO_ROOT, "bin");

/** A YAML program's own folder for one test: a copy it may edit like a pull request would. */
export interface YamlStack extends LocalStack {
  readonly workDir: string;
  /** Rewrites the program's Pulumi.yaml, replacing every `from` (which must occur) with `to`. */
  editProgram(from: string, to: string): void;
}

/**
 * A stack of a copy of the Pulumi YAML program in `programDir`, run by the real YAML language host (built
 * on first use: scripts/ensure-pulumi.sh builds it only when asked), with the provider plugin found on
 * PATH in `pluginDirs` (first match wins), as in a user's project.
 */
export async function createYamlStack(
  programDir: string,
  stackName: string,
  pluginDirs: string[] = [REPO_BIN_DIR],
): Promise<YamlStack> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-yaml-"));
  fs.cpSync(programDir, workDir, { recursive: true });
  const local = await createLocalStack(workDir, stackName, undefined, { yaml: true });
  const envVars = local.stack.workspace.envVars;
  envVars.PATH = [...pluginDirs, envVars.PATH].join(path.delimiter);
  const programFile = path.join(workDir, "Pulumi.yaml");
  return {
    ...local,
    workDir,
    editProgram(from, to) {
      const program = fs.readFileSync(programFile, "utf8");
      if (!program.includes(from)) throw new Error(`${programFile} does not contain ${JSON.stringify(from)}`);
      fs.writeFileSync(programFile, program.split(from).join(to));
    },
    async dispose() {
      await local.dispose();
      fs.rmSync(workDir, { recursive: true, force: true });
    },
  };
}
