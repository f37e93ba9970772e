import type { PulumiCommand, Stack } from "@pulumi/pulumi/automation";
import * as path from "node:path";
import { startEmulatorProcess, startServerProcess } from "../lib/emulator-process";
import { REPO_ROOT } from "../lib/repo-paths";
import { sourceCommit } from "../lib/source-commit";
import { createBenchStack, programDir, removeBenchState, type Variant } from "./bench-stacks";
import { EmulatorControlClient } from "./emulator-control";
import { loadAverage } from "./machine";
import { PeakRssWatcher, findProcesses, parentOf, peakRssMiB, workingDirectoryOf } from "./process-memory";
import { measureStateSize, type StateSize } from "./state-size";

/** The commands timed, in the order a stack goes through them. */
export const COMMANDS = ["up", "preview", "refresh", "update", "destroy"] as const;
export type Command = (typeof COMMANDS)[number];

export interface CommandSample {
  n: number;
  run: number;
  variant: Variant;
  command: Command;
  millis: number;
  /** Load average when the command ended. */
  load: number;
}

/** Service calls one command made, by RPC name (this package's dynamic variant only). */
export type CallCounts = Record<string, number>;

export interface OverheadResults {
  samples: CommandSample[];
  /** calls[n][command]: the calls of every run, in run order. */
  calls: Record<number, Partial<Record<Command, CallCounts[]>>>;
  /**
   * Peak RSS in MiB at the largest N: the provider process of each variant (the dynamic-provider process,
   * or the plugin's), and the emulator.
   */
  peakRssMiB: { n: number; provider: Partial<Record<Variant, number>>; emulator: number };
  /** stateSize[n][variant]: the checkpoint after the first run's `up`. */
  stateSize: Record<number, Partial<Record<Variant, StateSize>>>;
  /** The commit the baseline variant was built at, when the run had one. */
  baselineCommit?: string;
}

export interface OverheadOptions {
  sizes: number[];
  runs: (n: number) => number;
  pulumiCommand: PulumiCommand;
  binDir: string;
  /** A checkout of another commit whose visionai program runs as the baseline variant. */
  baselineRoot?: string;
  log: (line: string) => void;
}

const VARIANTS: Variant[] = ["visionai", "plugin", "noop", "noop-calls"];

/** The server the calling floor's minimal gRPC calls go to (scripts/bench/bare-get-server.ts). */
const BARE_SERVER = path.join(REPO_ROOT, "dist", "scripts", "bench", "bare-get-server.js");

export async function runCommand(stack: Stack, command: Command): Promise<void> {
  switch (command) {
    case "up":
      await stack.up();
      return;
    case "preview": {
      const preview = await stack.preview();
      const changed = Object.entries(preview.changeSummary).filter(([op]) => op !== "same");
      if (changed.length > 0) throw new Error(`a no-op preview planned changes: ${JSON.stringify(changed)}`);
      return;
    }
    case "refresh":
      await stack.refresh();
      return;
    case "update":
      await stack.up();
      return;
    case "destroy":
      await stack.destroy();
      return;
  }
}

/** Runs one command; its wall time, and the peak RSS `watcher` saw meanwhile (0 without one). */
async function timeCommand(
  stack: Stack,
  command: Command,
  watcher: PeakRssWatcher | undefined,
): Promise<{ millis: number; peak: number }> {
  const started = performance.now();
  try {
    await runCommand(stack, command);
    return { millis: performance.now() - started, peak: watcher?.stop() ?? 0 };
  } finally {
    watcher?.stop();
  }
}

function countCalls(calls: { method: string }[]): CallCounts {
  const counts: CallCounts = {};
  for (const call of calls) counts[call.method] = (counts[call.method] ?? 0) + 1;
  return counts;
}

/** The variant's provider processes: the plugin, or the dynamic-provider process running in its program's folder. */
function providerFinder(variant: Variant, baselineRoot: string | undefined): () => number[] {
  if (variant === "plugin") return () => findProcesses("provider/plugin/main.js", () => true);
  const dir = programDir(variant, baselineRoot);
  return () => findProcesses("cmd/dynamic-provider", (pid) => workingDirectoryOf(pid) === dir);
}

function emulatorPid(): number | undefined {
  return findProcesses("emulator/cli.js", (pid) => parentOf(pid) === process.pid)[0];
}

/**
 * Part 1 (with parts 3 and 5 measured on the same stacks): for each N, `runs(N)` sets of stacks, one per
 * variant, go through up, a no-op preview, refresh, an update of one label and destroy. The variants take
 * turns command by command (and which goes first rotates from run to run), so load from other work on the
 * machine falls on all alike. The calling floor's minimal calls go to a bare gRPC server started per N.
 */
export async function measureProviderOverhead(options: OverheadOptions): Promise<OverheadResults> {
  const results: OverheadResults = {
    samples: [],
    calls: {},
    peakRssMiB: { n: 0, provider: {}, emulator: 0 },
    stateSize: {},
    ...(options.baselineRoot
      ? { baselineCommit: sourceCommit(options.baselineRoot).commit.slice(0, 7) }
      : {}),
  };
  const variants: Variant[] = options.baselineRoot ? [...VARIANTS, "baseline"] : VARIANTS;
  const largest = Math.max(...options.sizes);
  // Stacks an interrupted earlier run left behind point at emulators that are gone.
  removeBenchState();
  for (const n of options.sizes) {
    const emulator = await startEmulatorProcess(["--in-memory"]);
    const floorServer = await startServerProcess(BARE_SERVER, "the bare gRPC server", []);
    const control = new EmulatorControlClient(emulator.address);
    const calls: Partial<Record<Command, CallCounts[]>> = (results.calls[n] = {});
    try {
      for (let run = 1; run <= options.runs(n); run++) {
        // Each run starts with another variant, so none is always first after the others' commands.
        const order = [...variants.slice(run % variants.length), ...variants.slice(0, run % variants.length)];
        const stacks = new Map<Variant, Stack>();
        try {
          for (const variant of order) {
            stacks.set(
              variant,
              await createBenchStack({
                variant,
                stackName: `n${n}-r${run}-${Date.now()}`,
                pulumiCommand: options.pulumiCommand,
                binDir: options.binDir,
                emulatorAddress: emulator.address,
                baselineRoot: options.baselineRoot,
                config: {
                  // Both paths create real resources on the one emulator, so each needs clusters of its own.
                  "bench:clusterId": `bench-n${n}-r${run}-${variant}`,
                  "bench:n": String(n),
                  "bench:floorAddress": floorServer.address,
                  "visionai:project": "bench-project",
                  "visionai:location": "us-central1",
                },
              }),
            );
          }
          for (const command of COMMANDS) {
            for (const variant of order) {
              const stack = stacks.get(variant)!;
              if (command === "update") await stack.setConfig("bench:revision", { value: "2" });
              await control.clearAuditLog();
              const watcher =
                n === largest ? new PeakRssWatcher(providerFinder(variant, options.baselineRoot)) : undefined;
              const { millis, peak } = await timeCommand(stack, command, watcher).catch((error: unknown) => {
                throw new Error(`N=${n} run ${run}: \`pulumi ${command}\` of the ${variant} stack failed`, {
                  cause: error,
                });
              });
              results.peakRssMiB.provider[variant] = Math.max(
                results.peakRssMiB.provider[variant] ?? 0,
                peak,
              );
              results.samples.push({ n, run, variant, command, millis, load: loadAverage() });
              if (variant === "visionai") (calls[command] ??= []).push(countCalls(await control.auditLog()));
              if (command === "up" && run === 1) {
                (results.stateSize[n] ??= {})[variant] = await measureStateSize(stack);
              }
              options.log(`N=${n} run ${run} ${variant} ${command}: ${millis.toFixed(0)} ms`);
            }
          }
        } finally {
          // Also after a failure: the stacks' state is of no use once their emulator is gone.
          for (const stack of stacks.values()) {
            await stack.workspace.removeStack(stack.name, { force: true }).catch(() => undefined);
          }
        }
      }
      if (n === largest) {
        const pid = emulatorPid();
        results.peakRssMiB.n = n;
        results.peakRssMiB.emulator = pid ? (peakRssMiB(pid) ?? 0) : 0;
      }
    } finally {
      control.close();
      await emulator.stop();
      await floorServer.stop();
    }
  }
  return results;
}
