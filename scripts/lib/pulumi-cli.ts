import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { PulumiCommand } from "@pulumi/pulumi/automation";
import { load } from "js-yaml";
import { REPO_ROOT } from "./repo-paths";

/**
 * Parts of the Pulumi toolchain that scripts/ensure-pulumi.sh builds only when asked, because most
 * programs (the demo's among them) do without them and a first build would wait for them.
 */
export interface OptionalPulumiParts {
  /**
   * Pulumi YAML's language host (`pulumi-language-yaml`), which programs with `runtime: yaml` need and
   * nothing else does: over a minute more on a first build with empty Go caches.
   */
  readonly yaml?: boolean;
}

/** The YAML language host's file name in the directory `pulumiBinDir` returns, when it was asked for. */
export const YAML_LANGUAGE_HOST = "pulumi-language-yaml";

/** scripts/ensure-pulumi.sh's arguments that ask for `parts`. */
export function ensurePulumiArgs(parts: OptionalPulumiParts): string[] {
  return parts.yaml ? ["--with", "yaml"] : [];
}

/**
 * The real Pulumi CLI, from scripts/ensure-pulumi.sh: a recent enough `pulumi` on PATH, or the pinned
 * release built from Go modules (minutes the first time, cached after), with the Node.js language host,
 * the dynamic-provider plugin and the optional `parts` asked for. The script's progress, which says what it
 * builds and about how long that takes, goes straight to this process's stderr.
 */
export async function pulumiBinDir(parts: OptionalPulumiParts = {}): Promise<string> {
  const script = path.join(REPO_ROOT, "scripts", "ensure-pulumi.sh");
  const child = spawn("bash", [script, ...ensurePulumiArgs(parts)], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
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

/**
 * Fails, saying how to get it, when the program in `workDir` is Pulumi YAML and `binDir` has no YAML
 * language host: the engine's own error names a missing plugin without saying that this project builds
 * it only on request.
 */
export function assertLanguageHostFor(workDir: string, binDir: string): void {
  const projectFile = path.join(workDir, "Pulumi.yaml");
  if (!fs.existsSync(projectFile) || projectRuntime(fs.readFileSync(projectFile, "utf8")) !== "yaml") return;
  if (fs.existsSync(path.join(binDir, YAML_LANGUAGE_HOST))) return;
  throw new Error(
    `${projectFile} is a Pulumi YAML program (runtime: yaml), and ${binDir} has no ${YAML_LANGUAGE_HOST}: ` +
      "the YAML language host is built only when asked for. Use pulumiBinDir({ yaml: true }) " +
      "(tests: createYamlStack, or createLocalStack's `{ yaml: true }`), or run `bash scripts/ensure-pulumi.sh --with yaml`.",
  );
}

/** The language a Pulumi.yaml names: `runtime: yaml` or `runtime: { name: yaml, options: … }`. */
export function projectRuntime(projectYaml: string): string | undefined {
  const project = load(projectYaml) as { runtime?: string | { name?: string } } | undefined;
  const runtime = project?.runtime;
  return typeof runtime === "string" ? runtime : runtime?.name;
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
