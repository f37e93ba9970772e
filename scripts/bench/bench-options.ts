/** Which parts run and how big; `npm run bench` with no arguments runs the full benchmark. */
export interface BenchOptions {
  parts: Set<Part>;
  sizes: number[];
  /** Runs per size, at least 3 so a median means something. */
  runs: number;
  /** Runs at the largest size, which dominates the total time. */
  runsAtLargest: number;
  /** Operation durations for part 2, in ms. */
  operationDelays: number[];
  /** Series the filtered List of part 4 runs over. */
  listSeries: number;
  /** Fresh processes per proto loader in part 0. */
  startupRuns: number;
  /** Fresh processes per variant declaring the graph at the largest N in part 0. */
  declareRuns: number;
  /**
   * A checkout built at another commit (`git worktree add DIR COMMIT`, its node_modules linked to this
   * one's, `tsc -p tsconfig.json` run in it) whose visionai program parts 0 and 1 also run, taking turns with
   * this commit's: the before and after of a change, in the same run.
   */
  baseline?: string;
  /** Closed-loop rounds per server against the emulator's floor in part 4. */
  floorRounds: number;
  /** Where the raw results go; defaults to scripts/bench/results/bench.json (and then BENCHMARKS.md is rendered). */
  output?: string;
}

export const PARTS = ["startup", "declare", "overhead", "waiting", "emulator"] as const;
export type Part = (typeof PARTS)[number];

export const DEFAULT_BENCH_OPTIONS: BenchOptions = {
  parts: new Set(PARTS),
  sizes: [10, 50, 250],
  runs: 3,
  runsAtLargest: 3,
  operationDelays: [500, 5_000, 60_000],
  listSeries: 100_000,
  startupRuns: 10,
  declareRuns: 5,
  floorRounds: 3,
};

/**
 * `--quick`: every part and every target's figure except N = 250 and the 60 s operation, in well under 10
 * minutes on two shared cores. The flags after it still apply.
 */
export const QUICK_BENCH_OPTIONS: Omit<BenchOptions, "parts"> = {
  sizes: [50],
  runs: 3,
  runsAtLargest: 3,
  operationDelays: [500, 5_000],
  listSeries: 100_000,
  startupRuns: 10,
  declareRuns: 3,
  floorRounds: 2,
};

const USAGE =
  "usage: npm run bench -- [--quick] [--parts startup,declare,overhead,waiting,emulator] [--sizes 10,50,250] " +
  "[--runs 3] [--runs-at-largest 3] [--operation-delays 500,5000,60000] [--list-series 100000] " +
  "[--startup-runs 10] [--declare-runs 5] [--baseline DIR] [--floor-rounds 3] [--output FILE]";

function numbers(flag: string, value: string | undefined): number[] {
  const parsed = (value ?? "").split(",").map(Number);
  if (parsed.length === 0 || parsed.some((n) => !Number.isInteger(n) || n <= 0)) {
    throw new Error(
      `${flag} takes positive whole numbers separated by commas, got "${value ?? ""}"\n${USAGE}`,
    );
  }
  return parsed;
}

function single(flag: string, value: string | undefined): number {
  const [n] = numbers(flag, value);
  if ((flag === "--runs" || flag === "--runs-at-largest") && n! < 3)
    throw new Error(`${flag} must be at least 3 (a median of fewer runs is noise)`);
  return n!;
}

export function parseBenchOptions(args: string[]): BenchOptions {
  const options = { ...DEFAULT_BENCH_OPTIONS, parts: new Set(DEFAULT_BENCH_OPTIONS.parts) };
  const rest = [...args];
  while (rest.length > 0) {
    const flag = rest.shift()!;
    if (flag === "--quick") {
      Object.assign(options, QUICK_BENCH_OPTIONS);
      continue;
    }
    const value = rest.shift();
    if (flag === "--parts") {
      const parts = (value ?? "").split(",");
      const unknown = parts.filter((part) => !(PARTS as readonly string[]).includes(part));
      if (unknown.length > 0)
        throw new Error(`--parts: unknown part "${unknown[0]}"; parts are ${PARTS.join(", ")}`);
      options.parts = new Set(parts as Part[]);
    } else if (flag === "--sizes") options.sizes = numbers(flag, value);
    else if (flag === "--runs") options.runs = single(flag, value);
    else if (flag === "--runs-at-largest") options.runsAtLargest = single(flag, value);
    else if (flag === "--operation-delays") options.operationDelays = numbers(flag, value);
    else if (flag === "--list-series") options.listSeries = single(flag, value);
    else if (flag === "--startup-runs") options.startupRuns = single(flag, value);
    else if (flag === "--declare-runs") options.declareRuns = single(flag, value);
    else if (flag === "--baseline" && value) options.baseline = value;
    else if (flag === "--floor-rounds") options.floorRounds = single(flag, value);
    else if (flag === "--output" && value) options.output = value;
    else throw new Error(`unknown argument "${flag}"\n${USAGE}`);
  }
  return options;
}
