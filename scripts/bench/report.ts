import * as fs from "node:fs";
import * as path from "node:path";
import type { EmulatorLoadResults } from "./emulator-load";
import type { Machine } from "./machine";
import { fixed, markdownTable } from "./markdown-table";
import { summarizeWaiting, type WaitingResults } from "./operation-waiting";
import { COMMANDS, type CallCounts, type Command, type OverheadResults } from "./provider-overhead";
import { groupedBarChart } from "./ratio-plot";
import { median } from "./stats";

export interface BenchRun {
  command: string;
  commit: string;
  startedAt: Date;
  seconds: number;
  machine: Machine;
  load: { start: number; end: number };
  runsNote: string;
  overhead?: OverheadResults;
  waiting?: WaitingResults;
  emulator?: EmulatorLoadResults;
}

/** Where the plot goes, relative to the report. */
export const PLOT_FILE = "scripts/bench/results/provider-overhead.svg";

const OVERHEAD_TARGET = 1.1;

function mark(ok: boolean): string {
  return ok ? "yes" : "**no**";
}

function range(values: number[]): string {
  return `${fixed(Math.min(...values), 1)}–${fixed(Math.max(...values), 1)}`;
}

function overheadRatios(overhead: OverheadResults) {
  const sizes = [...new Set(overhead.samples.map((sample) => sample.n))];
  return sizes.flatMap((n) =>
    COMMANDS.map((command) => {
      const of = (variant: string) =>
        overhead.samples.filter((s) => s.n === n && s.command === command && s.variant === variant);
      const visionai = of("visionai");
      const noop = of("noop");
      const ratio = median(visionai.map((s) => s.millis)) / median(noop.map((s) => s.millis));
      return {
        n,
        command,
        runs: visionai.length,
        visionaiMillis: median(visionai.map((s) => s.millis)),
        noopMillis: median(noop.map((s) => s.millis)),
        ratio,
        load: [...visionai, ...noop].map((s) => s.load),
      };
    }),
  );
}

function overheadSection(overhead: OverheadResults): string {
  const ratios = overheadRatios(overhead);
  const rows = ratios.map((r) => [
    String(r.n),
    String(2 * r.n + 2),
    r.command,
    String(r.runs),
    fixed(r.visionaiMillis),
    fixed(r.noopMillis),
    fixed(r.ratio, 2),
    r.n >= 50 ? mark(r.ratio <= OVERHEAD_TARGET) : "(no target)",
    range(r.load),
  ]);
  return [
    "## 1. Provider overhead against the engine's floor",
    "",
    "Wall time of each command through the Automation API (CLI start, program, engine, dynamic-provider " +
      "process), median of the runs; ratio = this package's resources ÷ the same graph of no-op dynamic " +
      "resources. `update` is `up` after changing one label on one stream. Target: ratio ≤ 1.1 at N = 50 and 250.",
    "",
    markdownTable(
      ["N", "resources", "command", "runs", "visionai ms", "no-op ms", "ratio", "≤ 1.1", "load avg"],
      rows,
    ),
    "",
    `![Provider overhead ratio per command and N](${PLOT_FILE})`,
  ].join("\n");
}

function describeCalls(counts: CallCounts): string {
  const entries = Object.entries(counts).sort(([a], [b]) => a.localeCompare(b));
  return entries.length === 0 ? "none" : entries.map(([method, count]) => `${method} × ${count}`).join(", ");
}

/** What each command should send for a stack of N streams and N series (2N+2 resources). */
function expectedCalls(command: Command, n: number): CallCounts {
  switch (command) {
    case "preview":
      return {};
    case "refresh":
      return { GetCluster: 1, GetEvent: 1, GetStream: n, GetSeries: n };
    case "update":
      return { UpdateStream: 1 };
    case "up":
      return { CreateCluster: 1, CreateEvent: 1, CreateStream: n, CreateSeries: n };
    case "destroy":
      return { DeleteCluster: 1, DeleteEvent: 1, DeleteStream: n, DeleteSeries: n };
  }
}

function sameCounts(a: CallCounts, b: CallCounts): boolean {
  return describeCalls(a) === describeCalls(b);
}

function callsSection(overhead: OverheadResults): string {
  const rows: string[][] = [];
  for (const [n, byCommand] of Object.entries(overhead.calls)) {
    for (const command of COMMANDS) {
      const runs = byCommand[command] ?? [];
      const expected = expectedCalls(command, Number(n));
      const allSame = runs.every((counts) => sameCounts(counts, runs[0]!));
      rows.push([
        n,
        command,
        describeCalls(runs[0] ?? {}) + (allSame ? "" : " (runs differ)"),
        describeCalls(expected),
        mark(runs.length > 0 && runs.every((counts) => sameCounts(counts, expected))),
      ]);
    }
  }
  return [
    "## 3. API calls per command",
    "",
    "Every StreamsService and Operations call the emulator's audit log recorded during the command " +
      "(this package's stacks, operations finishing at once, so no waiting calls are needed).",
    "",
    markdownTable(["N", "command", "calls (audit log)", "expected", "as expected"], rows),
  ].join("\n");
}

function waitingSection(waiting: WaitingResults): string {
  const rows = summarizeWaiting(waiting.samples).map((s) => [
    s.mode,
    fixed(s.durationMillis / 1000, 1),
    String(s.runs),
    fixed(s.delayMillis),
    fixed(s.maxDelayMillis),
    fixed(s.delayTarget),
    mark(s.meetsDelay),
    fixed(s.calls, 1),
    fixed(s.callsPerSecond, 2),
  ]);
  return [
    "## 2. Operation waiting",
    "",
    "A cluster create whose operation runs for the given time (emulator `--operation-delay-ms`), waited " +
      "for with `operation.result()` at the client's defaults. Delay = from the operation's `end_time` to " +
      "`result()` returning (median of the runs). Calls = GetOperation and WaitOperation calls for the " +
      "operation in the audit log; calls / s divides them by the operation's duration, or by one second " +
      "for an operation shorter than that (one call is the fewest possible). One emulator serves WaitOperation; the other answers it UNIMPLEMENTED, " +
      "as a server without it would, so the client polls there. Both ran at the same time. " +
      `Load average ${waiting.load.start} at the start, ${waiting.load.end} at the end.`,
    "",
    markdownTable(
      [
        "server",
        "operation s",
        "runs",
        "delay ms",
        "max delay ms",
        "target ms",
        "meets",
        "calls / op",
        "calls / s",
      ],
      rows,
    ),
  ].join("\n");
}

function emulatorSection(emulator: EmulatorLoadResults): string {
  const rows = emulator.figures.map((f) => [
    f.rpc,
    String(f.concurrency),
    String(f.requests),
    fixed(f.p50Millis, 2),
    fixed(f.p99Millis, 2),
    fixed(f.perSecond),
    String(f.load),
  ]);
  const list = emulator.filteredList;
  return [
    "## 4. The emulator under load",
    "",
    "An in-memory emulator process on loopback, driven by this package's client from the benchmark " +
      "process (so latencies include the client and gRPC on both ends), each level up to 2,000 requests " +
      "or 10 s. Get reads one of 200 streams; Create makes a new stream (its operation finishes at once); " +
      "List reads the first page of 50 of the 200 streams. Target: p99 Get < 5 ms at concurrency 64.",
    "",
    markdownTable(["RPC", "concurrency", "requests", "p50 ms", "p99 ms", "calls / s", "load avg"], rows),
    "",
    `Label-filtered List over ${list.series.toLocaleString("en")} series (a data-dir emulator; ` +
      `\`${list.filter}\` matches ${list.matched.toLocaleString("en")} of them, read in ${list.pages} pages ` +
      `of 50): first page ${fixed(list.firstPageMillis, 1)} ms, median page ${fixed(list.medianPageMillis, 1)} ms, ` +
      `slowest page ${fixed(list.maxPageMillis, 1)} ms (load average ${list.load}). Target: a page < 50 ms: ` +
      `${mark(list.maxPageMillis < 50)}.`,
  ].join("\n");
}

function memorySection(overhead: OverheadResults): string {
  const { n, provider, emulator } = overhead.peakRssMiB;
  return [
    "## 5. Memory",
    "",
    `Peak resident set (VmHWM) at N = ${n} (${2 * n + 2} resources), the highest over every command of every run:`,
    "",
    markdownTable(
      ["process", "peak RSS MiB"],
      [
        ["dynamic-provider process, this package", fixed(provider.visionai)],
        ["dynamic-provider process, no-op resources", fixed(provider.noop)],
        ["emulator (in-memory), serving every run at this N", fixed(emulator)],
      ],
    ),
  ].join("\n");
}

function plot(overhead: OverheadResults): string {
  const ratios = overheadRatios(overhead);
  const sizes = [...new Set(ratios.map((r) => r.n))];
  return groupedBarChart({
    title: "visionai ÷ no-op dynamic provider, median wall time",
    yLabel: "ratio",
    series: sizes.map((n) => `N = ${n}`),
    groups: COMMANDS.map((command) => ({
      label: command,
      values: sizes.map((n) => ratios.find((r) => r.n === n && r.command === command)!.ratio),
    })),
    target: OVERHEAD_TARGET,
  });
}

/** One target of the issue and whether this run's figures meet it. */
interface TargetCheck {
  target: string;
  figure: string;
  met: boolean;
}

function overheadTarget(overhead: OverheadResults): TargetCheck {
  const targeted = overheadRatios(overhead).filter((r) => r.n >= 50);
  const worst = targeted.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const missed = targeted.filter((r) => r.ratio > OVERHEAD_TARGET);
  return {
    target: `provider overhead: every ratio ≤ ${OVERHEAD_TARGET} at N = 50 and 250`,
    figure:
      `worst ${fixed(worst.ratio, 2)} (${worst.command}, N = ${worst.n})` +
      (missed.length > 0 ? `; above: ${missed.map((r) => `${r.command} N=${r.n}`).join(", ")}` : ""),
    met: missed.length === 0,
  };
}

function waitingTargets(waiting: WaitingResults): TargetCheck[] {
  const served = summarizeWaiting(waiting.samples).filter((s) => s.mode === "WaitOperation served");
  return served.map((s) => ({
    target: `operation of ${fixed(s.durationMillis / 1000, 1)} s: delay ≤ ${fixed(s.delayTarget)} ms, ≤ 1 call/s`,
    figure: `${fixed(s.delayMillis)} ms, ${fixed(s.callsPerSecond, 2)} calls/s`,
    met: s.meetsDelay && s.callsPerSecond <= 1,
  }));
}

function callsTarget(overhead: OverheadResults): TargetCheck {
  const off: string[] = [];
  for (const [n, byCommand] of Object.entries(overhead.calls)) {
    for (const command of COMMANDS) {
      const runs = byCommand[command] ?? [];
      const expected = expectedCalls(command, Number(n));
      if (runs.length === 0 || !runs.every((counts) => sameCounts(counts, expected))) {
        off.push(`${command} N=${n}`);
      }
    }
  }
  return {
    target: "API calls: no-op preview 0, refresh 1 Get per readable resource, 1 mutation per change",
    figure: off.length === 0 ? "every command of every run as expected" : `differs: ${off.join(", ")}`,
    met: off.length === 0,
  };
}

function emulatorTargets(emulator: EmulatorLoadResults): TargetCheck[] {
  const get64 = emulator.figures.find((f) => f.rpc === "GetStream" && f.concurrency === 64);
  const list = emulator.filteredList;
  return [
    {
      target: "emulator: p99 Get < 5 ms at concurrency 64",
      figure: get64 ? `${fixed(get64.p99Millis, 2)} ms` : "not measured",
      met: get64 !== undefined && get64.p99Millis < 5,
    },
    {
      target: `emulator: a label-filtered List page over ${list.series.toLocaleString("en")} series < 50 ms`,
      figure: `slowest page ${fixed(list.maxPageMillis, 1)} ms`,
      met: list.maxPageMillis < 50,
    },
  ];
}

/** Every target of the parts that ran, met or not, computed from this run's figures. */
function targetsSection(run: BenchRun): string {
  const checks: TargetCheck[] = [];
  if (run.overhead) checks.push(overheadTarget(run.overhead));
  if (run.waiting) checks.push(...waitingTargets(run.waiting));
  if (run.overhead) checks.push(callsTarget(run.overhead));
  if (run.emulator) checks.push(...emulatorTargets(run.emulator));
  return [
    "## Targets",
    "",
    "Computed from this run's figures; the sections below hold the figures, and the findings at the end say " +
      "what was changed to meet each target and, where one is missed, what was tried.",
    "",
    markdownTable(
      ["target", "this run", "met"],
      checks.map((c) => [c.target, c.figure, mark(c.met)]),
    ),
  ].join("\n");
}

/** Writes the report (and its plot, beside it under scripts/bench/results) and returns its path. */
export function writeReport(run: BenchRun, reportPath: string, findings: string): void {
  const root = path.dirname(reportPath);
  const sections = [
    "# Benchmarks",
    "",
    "Generated by `npm run bench` (scripts/bench/); do not edit by hand: the findings at the end come " +
      "from scripts/bench/findings.md.",
    "",
    markdownTable(
      ["", ""],
      [
        ["command", `\`${run.command}\``],
        ["commit", `\`${run.commit}\``],
        ["started", run.startedAt.toISOString().replace(/\.\d+Z$/, "Z")],
        ["one run took", `${fixed(run.seconds / 60, 1)} min`],
        ["machine", `${run.machine.cores} cores (${run.machine.cpuModel}), ${run.machine.memoryGiB} GiB`],
        ["Node.js", run.machine.node],
        ["Pulumi", `CLI ${run.machine.pulumiCli}, @pulumi/pulumi ${run.machine.pulumiSdk}`],
        ["load average (1 min)", `${run.load.start} at the start, ${run.load.end} at the end`],
        ["runs", run.runsNote],
      ],
    ),
    "",
    "Other work on the machine slows both sides; the load averages above and in the tables say how much " +
      "there was. To keep that load from favouring one side, the " +
      "variants compared run interleaved: command by command for the provider overhead, and at the same " +
      "time for operation waiting. Absolute times move with the load; the ratios are the figures to read.",
  ];
  sections.push("", targetsSection(run));
  if (run.overhead) sections.push("", overheadSection(run.overhead));
  if (run.waiting) sections.push("", waitingSection(run.waiting));
  if (run.overhead) sections.push("", callsSection(run.overhead));
  if (run.emulator) sections.push("", emulatorSection(run.emulator));
  if (run.overhead) sections.push("", memorySection(run.overhead));
  sections.push("", findings.trim(), "");
  fs.writeFileSync(reportPath, sections.join("\n"));
  if (run.overhead) {
    const plotPath = path.join(root, PLOT_FILE);
    fs.mkdirSync(path.dirname(plotPath), { recursive: true });
    fs.writeFileSync(plotPath, plot(run.overhead));
  }
}
