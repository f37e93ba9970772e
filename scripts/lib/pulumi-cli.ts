import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { PulumiCommand } from "@pulumi/pulumi/automation";
import { REPO_ROOT } from "./repo-paths";

/**
 * The real Pulumi CLI, from scripts/ensure-pulumi.sh: a recent enough `pulumi` on PATH, or the pinned
 * release built from Go modules (minutes the first time, cached after). The script's progress goes
 * straight to this process's stderr, so a long first build is visibly under way.
 */
export async function pulumiBinDir(): Promise<string> {
  const script = path.join(REPO_ROOT, "scripts", "ensure-pulumi.sh");
  const child = spawn("bash", [script], { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "inherit"] });
  let stdout = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (exitCode !== 0) {
    throw new Error(
      `could not provide the Pulumi CLI: scripts/ensure-pulumi.sh exited with ${exitCode} (see above)`,
    );
  }
  const binDir = stdout.trim().split("\n").pop() ?? "";
  if (!fs.existsSync(path.join(binDir, "pulumi"))) {
    throw new Error(`scripts/ensure-pulumi.sh printed "${binDir}", which holds no pulumi executable`);
  }
  return binDir;
}

/** A PulumiCommand for the Automation API, pointing at the CLI that `pulumiBinDir` provides. */
export async function pulumiCommand(binDir: string): Promise<PulumiCommand> {
  return PulumiCommand.get({ root: path.dirname(binDir), skipVersionCheck: true });
}

/**
 * PATH with the CLI's directory first, so the engine finds the language host and dynamic-provider plugin
 * beside it, then the project's Node.js, which they run on.
 */
export function pathWithPulumi(binDir: string): string {
  return [binDir, path.join(REPO_ROOT, "node_modules", ".bin"), process.env.PATH ?? ""].join(path.delimiter);
}

/**
 * Environment for running Pulumi with no network: a local file backend, passphrase secrets, no update
 * check and no plugin downloads, with the CLI's own files kept under `home`, and the CLI first on PATH.
 */
export function offlinePulumiEnv(options: {
  binDir: string;
  home: string;
  backendDir: string;
}): Record<string, string> {
  fs.mkdirSync(options.home, { recursive: true });
  fs.mkdirSync(options.backendDir, { recursive: true });
  return {
    PATH: pathWithPulumi(options.binDir),
    PULUMI_HOME: options.home,
    PULUMI_BACKEND_URL: `file://${options.backendDir}`,
    PULUMI_CONFIG_PASSPHRASE: process.env.PULUMI_CONFIG_PASSPHRASE ?? "local-only-passphrase",
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
    PULUMI_AUTOMATION_API_SKIP_VERSION_CHECK: "true",
  };
}
