/**
 * `npm run bench`: measures provider overhead against the Pulumi engine's floor, operation waiting, API
 * calls per command, the emulator under load and peak memory, and writes BENCHMARKS.md. Not part of
 * `npm test`: it takes many minutes and its figures depend on the machine. Options for a shorter run are
 * in bench-options.ts.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as prettier from "prettier";
import { pulumiBinDir, pulumiCommand } from "../lib/pulumi-cli";
import { REPO_ROOT } from "../lib/repo-paths";
import { parseBenchOptions, type BenchOptions } from "./bench-options";
import { measureEmulatorLoad } from "./emulator-load";
import { describeMachine, loadAverage } from "./machine";
import { measureOperationWaiting } from "./operation-waiting";
import { measureProviderOverhead } from "./provider-overhead";
import { writeReport, type BenchRun } from "./report";

const FINDINGS = path.join(REPO_ROOT, "scripts", "bench", "findings.md");

function log(line: string): void {
  process.stderr.write(`bench ${new Date().toISOString().slice(11, 19)}: ${line}\n`);
}

/** The commit measured; a copy of the sources outside git (an unpacked package) says so instead. */
function commitDescription(): string {
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: REPO_ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  try {
    const dirty = git("status", "--porcelain", "--untracked-files=no") !== "";
    return `${git("rev-parse", "--short", "HEAD")}${dirty ? " with uncommitted changes" : ""}`;
  } catch {
    return "not a git checkout";
  }
}

function runsNote(options: BenchOptions): string {
  const largest = Math.max(...options.sizes);
  return (
    `provider overhead: ${options.runs} runs per variant at N = ${options.sizes.filter((n) => n !== largest).join(", ")}, ` +
    `${options.runsAtLargest} at N = ${largest}; operation waiting: see its table`
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const options = parseBenchOptions(args);
  // Only the provider overhead part runs Pulumi; the others can run before the CLI is built.
  const binDir = options.parts.has("overhead") ? await pulumiBinDir() : undefined;
  const startedAt = new Date();
  const loadAtStart = loadAverage();
  const machine = describeMachine(binDir);
  log(`machine ${JSON.stringify(machine)}, load average ${loadAtStart}`);
  const largest = Math.max(...options.sizes);
  const run: BenchRun = {
    command: ["npm run bench", ...(args.length > 0 ? ["--", ...args] : [])].join(" "),
    commit: commitDescription(),
    startedAt,
    seconds: 0,
    machine,
    load: { start: loadAtStart, end: 0 },
    runsNote: runsNote(options),
  };
  if (options.parts.has("waiting")) {
    // Started first and awaited last: it mostly sleeps for its longest operation, and the emulators it
    // talks to are idle otherwise.
    log(`operation waiting: ${options.operationDelays.join(", ")} ms operations`);
  }
  const waiting = options.parts.has("waiting") ? measureOperationWaiting(options.operationDelays) : undefined;
  // Awaited below; until then a failure must not count as unhandled.
  waiting?.catch(() => undefined);
  if (options.parts.has("overhead")) {
    run.overhead = await measureProviderOverhead({
      sizes: options.sizes,
      runs: (n) => (n === largest ? options.runsAtLargest : options.runs),
      pulumiCommand: await pulumiCommand(binDir!),
      binDir: binDir!,
      log,
    });
  }
  run.waiting = await waiting;
  if (options.parts.has("emulator")) {
    log(`emulator load, then a filtered List over ${options.listSeries} series`);
    run.emulator = await measureEmulatorLoad(options.listSeries);
  }
  run.seconds = (Date.now() - startedAt.getTime()) / 1000;
  run.load.end = loadAverage();
  const reportPath = options.output ? path.resolve(options.output) : path.join(REPO_ROOT, "BENCHMARKS.md");
  writeReport(run, reportPath, fs.readFileSync(FINDINGS, "utf8"));
  const formatted = await prettier.format(fs.readFileSync(reportPath, "utf8"), {
    ...(await prettier.resolveConfig(reportPath)),
    filepath: reportPath,
  });
  fs.writeFileSync(reportPath, formatted);
  log(`wrote ${path.relative(REPO_ROOT, reportPath)} after ${(run.seconds / 60).toFixed(1)} min`);
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
