/**
 * `npm run bench`: measures the client's start, provider overhead against the Pulumi engine's floor,
 * operation waiting, API calls per command, the emulator under load against a bare gRPC server, and peak
 * memory; writes the raw results to scripts/bench/results/bench.json and renders BENCHMARKS.md from them
 * (as `npm run bench:report` does). Not part of `npm test`: it takes many minutes and its figures depend on
 * the machine. `--quick` and the options for a shorter run are in bench-options.ts.
 */
import * as path from "node:path";
import { pulumiBinDir, pulumiCommand } from "../lib/pulumi-cli";
import { REPO_ROOT } from "../lib/repo-paths";
import { parseBenchOptions, type BenchOptions } from "./bench-options";
import { RESULTS_FILE, writeBenchResults, type BenchResults } from "./bench-results";
import { measureDeclareCost } from "./declare-cost";
import { measureEmulatorLoad } from "./emulator-load";
import { commitDescription } from "./commit-description";
import { describeMachine, loadAverage } from "./machine";
import { measureOperationWaiting } from "./operation-waiting";
import { measureProviderOverhead } from "./provider-overhead";
import { writeReport } from "./render-report";
import { FLOOR_CONCURRENCY, OPEN_LOOP_RATE_PER_SECOND } from "./report/targets";
import { measureStartupCost } from "./startup-cost";

/** Open-loop Gets run this long against each server. */
const OPEN_LOOP_SECONDS = 5;

function log(line: string): void {
  process.stderr.write(`bench ${new Date().toISOString().slice(11, 19)}: ${line}\n`);
}

async function measure(args: string[], options: BenchOptions): Promise<BenchResults> {
  // Only the provider overhead part runs Pulumi; the others can run before the CLI is built.
  const binDir = options.parts.has("overhead") ? await pulumiBinDir() : undefined;
  const startedAt = new Date();
  const machine = describeMachine(binDir);
  const largest = Math.max(...options.sizes);
  const results: BenchResults = {
    command: ["npm run bench", ...(args.length > 0 ? ["--", ...args] : [])].join(" "),
    commit: commitDescription(),
    startedAt: startedAt.toISOString().replace(/\.\d+Z$/, "Z"),
    seconds: 0,
    machine,
    load: { start: loadAverage(), end: 0 },
    runs: { sizes: options.sizes, perSize: options.runs, atLargest: options.runsAtLargest },
  };
  log(`machine ${JSON.stringify(machine)}, load average ${results.load.start}`);
  if (options.parts.has("startup")) {
    log(`the client's start, ${options.startupRuns} processes per proto loader`);
    results.startup = await measureStartupCost(options.startupRuns);
  }
  if (options.parts.has("declare")) {
    log(`declaring the graph at N = ${largest}, ${options.declareRuns} processes per variant`);
    results.declare = await measureDeclareCost(largest, options.declareRuns, options.baseline);
  }
  if (options.parts.has("waiting")) {
    // Started first and awaited last: it mostly sleeps for its longest operation, and the emulators it
    // talks to are idle otherwise.
    log(`operation waiting: ${options.operationDelays.join(", ")} ms operations`);
  }
  const waiting = options.parts.has("waiting") ? measureOperationWaiting(options.operationDelays) : undefined;
  // Awaited below; until then a failure must not count as unhandled.
  waiting?.catch(() => undefined);
  if (options.parts.has("overhead")) {
    results.overhead = await measureProviderOverhead({
      sizes: options.sizes,
      runs: (n) => (n === largest ? options.runsAtLargest : options.runs),
      pulumiCommand: await pulumiCommand(binDir!),
      binDir: binDir!,
      baselineRoot: options.baseline,
      log,
    });
  }
  results.waiting = await waiting;
  if (options.parts.has("emulator")) {
    log(`emulator load and its floor, then a filtered List over ${options.listSeries} series`);
    results.emulator = await measureEmulatorLoad({
      listSeries: options.listSeries,
      floorRounds: options.floorRounds,
      floorConcurrency: FLOOR_CONCURRENCY,
      openLoopRatePerSecond: OPEN_LOOP_RATE_PER_SECOND,
      openLoopSeconds: OPEN_LOOP_SECONDS,
    });
  }
  results.seconds = Math.round((Date.now() - startedAt.getTime()) / 1000);
  results.load.end = loadAverage();
  return results;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const options = parseBenchOptions(args);
  const results = await measure(args, options);
  const resultsFile = options.output ? path.resolve(options.output) : RESULTS_FILE;
  await writeBenchResults(results, resultsFile);
  log(`wrote ${path.relative(REPO_ROOT, resultsFile)} after ${(results.seconds / 60).toFixed(1)} min`);
  if (resultsFile === RESULTS_FILE) log(`rendered ${(await writeReport()).join(", ")}`);
}

/** The error's message and those of its causes, one per line: where it failed, then why. */
function describeFailure(error: unknown): string {
  const lines: string[] = [];
  for (let cause = error; cause !== undefined; cause = (cause as { cause?: unknown }).cause) {
    lines.push(cause instanceof Error ? cause.message : String(cause));
    if (!(cause instanceof Error)) break;
  }
  return lines.join("\n  because: ");
}

// Interrupted: exit through process.exit so the emulators this run started are stopped with it (see
// scripts/lib/emulator-process.ts); the Pulumi commands under way get the same signal from the terminal.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`interrupted (${signal}); no report written`);
    process.exit(130);
  });
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${describeFailure(error)}`);
  process.exitCode = 1;
});
