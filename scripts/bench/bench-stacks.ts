import * as fs from "node:fs";
import * as path from "node:path";
import { LocalWorkspace, type PulumiCommand, type Stack } from "@pulumi/pulumi/automation";
import { offlinePulumiEnv } from "../lib/pulumi-cli";
import { REPO_ROOT, TOOLS_DIR } from "../lib/repo-paths";

/**
 * The programs compared: this package's dynamic resources; the same graph through the provider plugin
 * (the generated Node.js SDK); the same graph of no-op dynamic resources (the engine's floor); and no-op
 * resources making one minimal gRPC call per service call (the floor for the commands that must call the
 * service); and, when a run is given one, this package's dynamic resources as built at another commit
 * (the baseline).
 */
export type Variant = "visionai" | "plugin" | "noop" | "noop-calls" | "baseline";

/** Where `pulumi-resource-visionai` is, which the engine looks for on PATH for the plugin variant. */
const PLUGIN_BIN_DIR = path.join(REPO_ROOT, "bin");

export const BENCH_DIR = path.join(TOOLS_DIR, "bench");

/** Where a variant's Pulumi.yaml lives. */
function projectDir(variant: Variant): string {
  return path.join(BENCH_DIR, "programs", variant);
}

/**
 * The compiled program (the project's `main`); the engine starts the dynamic-provider plugin in it. The
 * baseline's is the visionai program of the checkout at `baselineRoot`.
 */
export function programDir(variant: Variant, baselineRoot?: string): string {
  if (variant !== "baseline") return path.join(REPO_ROOT, "dist", "scripts", "bench", "programs", variant);
  if (!baselineRoot) throw new Error("the baseline variant needs a baseline checkout (--baseline DIR)");
  return path.join(path.resolve(baselineRoot), "dist", "scripts", "bench", "programs", "visionai");
}

/**
 * Writes the variant's Pulumi.yaml next to nothing but itself, pointing at the compiled program, so the
 * program and its dynamic-provider process resolve `@pulumi/pulumi` and `pulumi-visionai` from this
 * repository exactly as a user's project resolves them from its node_modules.
 */
function writeProject(variant: Variant, baselineRoot: string | undefined): string {
  const dir = projectDir(variant);
  fs.mkdirSync(dir, { recursive: true });
  const main = path.relative(dir, programDir(variant, baselineRoot));
  fs.writeFileSync(
    path.join(dir, "Pulumi.yaml"),
    [
      `name: bench-${variant}`,
      "runtime:",
      "  name: nodejs",
      "  options:",
      "    typescript: false",
      `main: ${main}/`,
      "",
    ].join("\n"),
  );
  return dir;
}

export interface BenchStackOptions {
  variant: Variant;
  stackName: string;
  pulumiCommand: PulumiCommand;
  binDir: string;
  emulatorAddress: string;
  config: Record<string, string>;
  baselineRoot?: string;
}

/** Deletes every benchmark stack's state (each run makes fresh stacks against a fresh emulator). */
export function removeBenchState(): void {
  fs.rmSync(path.join(BENCH_DIR, "state"), { recursive: true, force: true });
}

/** A fresh stack of one variant, with its own state under .tools/bench. */
export async function createBenchStack(options: BenchStackOptions): Promise<Stack> {
  const workDir = writeProject(options.variant, options.baselineRoot);
  const env = offlinePulumiEnv({
    binDir: options.binDir,
    home: path.join(BENCH_DIR, "home"),
    backendDir: path.join(BENCH_DIR, "state"),
  });
  if (options.variant === "plugin") env.PATH = [PLUGIN_BIN_DIR, env.PATH].join(path.delimiter);
  const stack = await LocalWorkspace.createStack(
    { stackName: options.stackName, workDir },
    {
      pulumiCommand: options.pulumiCommand,
      envVars: { ...env, VISIONAI_EMULATOR_HOST: options.emulatorAddress },
    },
  );
  await stack.setAllConfig(
    Object.fromEntries(Object.entries(options.config).map(([key, value]) => [key, { value }])),
  );
  return stack;
}
