import type { BenchResults } from "../bench-results";
import type { EmulatorLoadResults } from "../emulator-load";
import type { WaitingResults } from "../operation-waiting";
import { COMMANDS, type OverheadResults } from "../provider-overhead";
import { callsAsExpected } from "./expected-calls";
import { closedLoopShare } from "./floor-summary";
import { fixed, markdownTable } from "./markdown-table";
import { overheadRatios } from "./overhead-ratios";
import {
  FILTERED_LIST_PAGE_TARGET_MILLIS,
  FLOOR_CONCURRENCY,
  FLOOR_THROUGHPUT_SHARE_TARGET,
  mark,
  OPEN_LOOP_P99_TARGET_MILLIS,
  OPEN_LOOP_RATE_PER_SECOND,
  OVERHEAD_RATIO_TARGET,
  OVERHEAD_TARGET_FROM_N,
  WAITING_CALLS_PER_SECOND_TARGET,
} from "./targets";
import { summarizeWaiting } from "./waiting-summary";

/** One target and whether this run's figures meet it. */
interface TargetCheck {
  target: string;
  figure: string;
  met: boolean;
}

function overheadTarget(overhead: OverheadResults): TargetCheck {
  const targeted = overheadRatios(overhead).filter((r) => r.n >= OVERHEAD_TARGET_FROM_N);
  const target = `provider overhead: every ratio ≤ ${OVERHEAD_RATIO_TARGET} at N ≥ ${OVERHEAD_TARGET_FROM_N}`;
  if (targeted.length === 0) return { target, figure: "no N this large measured", met: false };
  const worst = targeted.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const missed = targeted.filter((r) => r.ratio > OVERHEAD_RATIO_TARGET);
  return {
    target,
    figure:
      `worst ${fixed(worst.ratio, 2)} (${worst.command}, N = ${worst.n})` +
      (missed.length > 0 ? `; above: ${missed.map((r) => `${r.command} N=${r.n}`).join(", ")}` : ""),
    met: missed.length === 0,
  };
}

function waitingTargets(waiting: WaitingResults): TargetCheck[] {
  const served = summarizeWaiting(waiting.samples).filter((s) => s.mode === "WaitOperation served");
  return served.map((s) => ({
    target:
      `operation of ${fixed(s.durationMillis / 1000, 1)} s: delay ≤ ${fixed(s.delayTargetMillis)} ms, ` +
      `≤ ${WAITING_CALLS_PER_SECOND_TARGET} call/s`,
    figure: `${fixed(s.delayMillis)} ms, ${fixed(s.callsPerSecond, 2)} calls/s`,
    met: s.meetsDelay && s.callsPerSecond <= WAITING_CALLS_PER_SECOND_TARGET,
  }));
}

function callsTarget(overhead: OverheadResults): TargetCheck {
  const off: string[] = [];
  for (const [n, byCommand] of Object.entries(overhead.calls)) {
    for (const command of COMMANDS) {
      if (!callsAsExpected(byCommand[command] ?? [], command, Number(n))) off.push(`${command} N=${n}`);
    }
  }
  return {
    target: "API calls: no-op preview 0, refresh 1 Get per readable resource, 1 mutation per change",
    figure: off.length === 0 ? "every command of every run as expected" : `differs: ${off.join(", ")}`,
    met: off.length === 0,
  };
}

function emulatorTargets(emulator: EmulatorLoadResults): TargetCheck[] {
  const share = closedLoopShare(emulator.floor);
  const open = emulator.floor.openLoop.find((f) => f.server === "emulator");
  const list = emulator.filteredList;
  return [
    {
      target:
        `emulator: closed-loop Get throughput at concurrency ${FLOOR_CONCURRENCY} ≥ ` +
        `${fixed(FLOOR_THROUGHPUT_SHARE_TARGET * 100)}% of a bare grpc-js server's`,
      figure: `${fixed(share.share * 100)}% (${fixed(share.emulatorPerSecond)} ÷ ${fixed(share.barePerSecond)} Gets/s)`,
      met: share.share >= FLOOR_THROUGHPUT_SHARE_TARGET,
    },
    {
      target: `emulator: open loop at ${OPEN_LOOP_RATE_PER_SECOND.toLocaleString("en")} Gets/s, p99 < ${OPEN_LOOP_P99_TARGET_MILLIS} ms`,
      figure: open ? `p99 ${fixed(open.p99Millis, 2)} ms at ${open.ratePerSecond} Gets/s` : "not measured",
      met:
        open !== undefined &&
        open.ratePerSecond >= OPEN_LOOP_RATE_PER_SECOND &&
        open.p99Millis < OPEN_LOOP_P99_TARGET_MILLIS,
    },
    {
      target: `emulator: a label-filtered List page over ${list.series.toLocaleString("en")} series < ${FILTERED_LIST_PAGE_TARGET_MILLIS} ms`,
      figure: `slowest page ${fixed(list.maxPageMillis, 1)} ms`,
      met: list.maxPageMillis < FILTERED_LIST_PAGE_TARGET_MILLIS,
    },
  ];
}

/** Every target of the parts that ran, met or not, computed from the recorded figures. */
export function targetsSection(results: BenchResults): string {
  const checks: TargetCheck[] = [];
  if (results.overhead) checks.push(overheadTarget(results.overhead));
  if (results.waiting) checks.push(...waitingTargets(results.waiting));
  if (results.overhead) checks.push(callsTarget(results.overhead));
  if (results.emulator) checks.push(...emulatorTargets(results.emulator));
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
