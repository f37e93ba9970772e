import type { EmulatorLoadResults, LoadFigure } from "../emulator-load";
import { closedLoopShare } from "./floor-summary";
import { fixed, markdownTable } from "./markdown-table";
import {
  FILTERED_LIST_PAGE_TARGET_MILLIS,
  FLOOR_THROUGHPUT_SHARE_TARGET,
  mark,
  OPEN_LOOP_P99_TARGET_MILLIS,
} from "./targets";

/** The columns every closed-loop row shares, from concurrency to load average. */
function closedLoopCells(figure: Omit<LoadFigure, "rpc">): string[] {
  return [
    String(figure.concurrency),
    String(figure.requests),
    fixed(figure.p50Millis, 2),
    fixed(figure.p99Millis, 2),
    fixed(figure.perSecond),
    String(figure.load),
  ];
}

function percent(share: number): string {
  return `${fixed(share * 100)}%`;
}

function floorTables(emulator: EmulatorLoadResults): string[] {
  const { floor } = emulator;
  const share = closedLoopShare(floor);
  return [
    "Get against the emulator's floor: a bare grpc-js server (scripts/bench/bare-get-server.ts, its own " +
      "process) that answers GetStream with one fixed Stream and does nothing else, driven by the same " +
      "client in the same run. Closed loop: the rounds alternate between the two servers. " +
      `Target: the emulator's throughput ≥ ${percent(FLOOR_THROUGHPUT_SHARE_TARGET)} of the bare server's ` +
      `(this run: ${percent(share.share)}, ${fixed(share.emulatorPerSecond)} ÷ ${fixed(share.barePerSecond)} ` +
      `Gets/s, medians of the rounds: ${mark(share.share >= FLOOR_THROUGHPUT_SHARE_TARGET)}).`,
    "",
    markdownTable(
      ["server", "round", "concurrency", "requests", "p50 ms", "p99 ms", "calls / s", "load avg"],
      floor.closedLoop.map((f) => [f.server, String(f.round), ...closedLoopCells(f)]),
    ),
    "",
    "Open loop: Gets sent at a fixed rate whether or not earlier ones have answered; latency counts from " +
      `when each was due, so queueing is charged. Target: the emulator's p99 < ${OPEN_LOOP_P99_TARGET_MILLIS} ms.`,
    "",
    markdownTable(
      [
        "server",
        "rate / s",
        "requests",
        "p50 ms",
        "p99 ms",
        "max ms",
        `p99 < ${OPEN_LOOP_P99_TARGET_MILLIS} ms`,
        "load avg",
      ],
      floor.openLoop.map((f) => [
        f.server,
        String(f.ratePerSecond),
        String(f.requests),
        fixed(f.p50Millis, 2),
        fixed(f.p99Millis, 2),
        fixed(f.maxMillis, 2),
        f.server === "emulator" ? mark(f.p99Millis < OPEN_LOOP_P99_TARGET_MILLIS) : "(floor)",
        String(f.load),
      ]),
    ),
  ];
}

export function emulatorSection(emulator: EmulatorLoadResults): string {
  const list = emulator.filteredList;
  return [
    "## 4. The emulator under load",
    "",
    "An in-memory emulator process on loopback, driven by this package's client from the benchmark " +
      "process (so latencies include the client and gRPC on both ends), each level up to 2,000 requests " +
      "or 10 s. Get reads one of 200 streams; Create makes a new stream (its operation finishes at once); " +
      "List reads the first page of 50 of the 200 streams.",
    "",
    markdownTable(
      ["RPC", "concurrency", "requests", "p50 ms", "p99 ms", "calls / s", "load avg"],
      emulator.figures.map((f) => [f.rpc, ...closedLoopCells(f)]),
    ),
    "",
    ...floorTables(emulator),
    "",
    `Label-filtered List over ${list.series.toLocaleString("en")} series (a data-dir emulator; ` +
      `\`${list.filter}\` matches ${list.matched.toLocaleString("en")} of them, read in ${list.pages} pages ` +
      `of 50): first page ${fixed(list.firstPageMillis, 1)} ms, median page ${fixed(list.medianPageMillis, 1)} ms, ` +
      `slowest page ${fixed(list.maxPageMillis, 1)} ms (load average ${list.load}). ` +
      `Target: a page < ${FILTERED_LIST_PAGE_TARGET_MILLIS} ms: ` +
      `${mark(list.maxPageMillis < FILTERED_LIST_PAGE_TARGET_MILLIS)}.`,
  ].join("\n");
}
