/**
 * `npm run bench:profile`: where the CPU time of each command goes. Runs one stack of each variant through
 * the benchmark's commands (up, a no-op preview, refresh, an update of one label, destroy) with every
 * Node.js process the engine starts under V8's profiler (profiling/cpu-profile-preload.ts), keeps the
 * profiles under .tools/bench/profiles/<variant>/<command>/ (open them in Chrome DevTools), and prints each
 * process's busy CPU time by the package its code belongs to. Profiling slows every process, so the times
 * are for comparing variants and packages, not for the report; BENCHMARKS.md's findings quote them with
 * this command.
 *
 *   npm run bench:profile -- [--variants visionai,noop-calls] [--n 50] [--top 12]
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { startEmulatorProcess, startServerProcess } from "../lib/emulator-process";
import { pulumiBinDir, pulumiCommand } from "../lib/pulumi-cli";
import { REPO_ROOT } from "../lib/repo-paths";
import { BENCH_DIR, createBenchStack, removeBenchState, type Variant } from "./bench-stacks";
import { COMMANDS, runCommand } from "./provider-overhead";
import { summarizeProfiles } from "./profiling/profile-summary";

const PRELOAD = path.join(REPO_ROOT, "dist", "scripts", "bench", "profiling", "cpu-profile-preload.js");
const BARE_SERVER = path.join(REPO_ROOT, "dist", "scripts", "bench", "bare-get-server.js");
const PROFILES_DIR = path.join(BENCH_DIR, "profiles");
const USAGE = "usage: npm run bench:profile -- [--variants visionai,noop-calls] [--n 50] [--top 12]";
const KNOWN_VARIANTS: Variant[] = ["visionai", "plugin", "noop", "noop-calls"];

interface ProfileOptions {
  variants: Variant[];
  n: number;
  top: number;
}

function parseOptions(args: string[]): ProfileOptions {
  const options: ProfileOptions = { variants: ["visionai", "noop-calls"], n: 50, top: 12 };
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value = ""] = [args[i], args[i + 1]];
    if (flag === "--variants") {
      const variants = value.split(",") as Variant[];
      const unknown = variants.find((variant) => !KNOWN_VARIANTS.includes(variant));
      if (unknown !== undefined)
        throw new Error(
          `--variants: unknown variant "${unknown}"; variants are ${KNOWN_VARIANTS.join(", ")}`,
        );
      options.variants = variants;
    } else if (flag === "--n" || flag === "--top") {
      const n = Number(value);
      if (!Number.isInteger(n) || n <= 0)
        throw new Error(`${flag} takes a positive whole number, got "${value}"\n${USAGE}`);
      options[flag === "--n" ? "n" : "top"] = n;
    } else throw new Error(`unknown argument "${flag}"\n${USAGE}`);
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const binDir = await pulumiBinDir();
  const command = await pulumiCommand(binDir);
  removeBenchState();
  const emulator = await startEmulatorProcess(["--in-memory"]);
  const floorServer = await startServerProcess(BARE_SERVER, "the bare gRPC server", []);
  try {
    for (const variant of options.variants) {
      const stack = await createBenchStack({
        variant,
        stackName: `profile-${Date.now()}`,
        pulumiCommand: command,
        binDir,
        emulatorAddress: emulator.address,
        config: {
          "bench:clusterId": `profile-${variant}`,
          "bench:n": String(options.n),
          "bench:floorAddress": floorServer.address,
          "visionai:project": "bench-project",
          "visionai:location": "us-central1",
        },
      });
      try {
        for (const step of COMMANDS) {
          const dir = path.join(PROFILES_DIR, variant, step);
          fs.rmSync(dir, { recursive: true, force: true });
          Object.assign(stack.workspace.envVars, {
            NODE_OPTIONS: `--require ${PRELOAD}`,
            VISIONAI_PROFILE_DIR: dir,
          });
          if (step === "update") await stack.setConfig("bench:revision", { value: "2" });
          const started = performance.now();
          await runCommand(stack, step);
          console.log(`\n${variant} ${step}: ${(performance.now() - started).toFixed(0)} ms (profiled)`);
          for (const summary of summarizeProfiles(dir)) {
            const owners = summary.byOwner
              .slice(0, options.top)
              .map(([owner, millis]) => `${owner} ${millis.toFixed(0)}`)
              .join(", ");
            console.log(
              `  ${summary.process}: ${summary.busyMillis.toFixed(0)} ms busy of ${summary.wallMillis.toFixed(0)} ms: ${owners}`,
            );
          }
        }
      } finally {
        await stack.workspace.removeStack(stack.name, { force: true }).catch(() => undefined);
      }
    }
  } finally {
    await emulator.stop();
    await floorServer.stop();
  }
  console.log(`\nprofiles in ${path.relative(REPO_ROOT, PROFILES_DIR)}`);
}

main().catch((error: unknown) => {
  console.error(`bench:profile failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
