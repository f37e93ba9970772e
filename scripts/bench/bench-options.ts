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
  /** Where the report goes; defaults to BENCHMARKS.md at the repository root. */
  output?: string;
}

export const PARTS = ["overhead", "waiting", "emulator"] as const;
export type Part = (typeof PARTS)[number];

export const DEFAULT_BENCH_OPTIONS: BenchOptions = {
  parts: new Set(PARTS),
  sizes: [10, 50, 250],
  runs: 3,
  runsAtLargest: 3,
  operationDelays: [500, 5_000, 60_000],
  listSeries: 100_000,
};

const USAGE =
  "usage: npm run bench -- [--parts overhead,waiting,emulator] [--sizes 10,50,250] [--runs 3] " +
  "[--runs-at-largest 3] [--operation-delays 500,5000,60000] [--list-series 100000] [--output FILE]";

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
  if (flag.startsWith("--runs") && n! < 3)
    throw new Error(`${flag} must be at least 3 (a median of fewer runs is noise)`);
  return n!;
}

export function parseBenchOptions(args: string[]): BenchOptions {
  const options = { ...DEFAULT_BENCH_OPTIONS, parts: new Set(DEFAULT_BENCH_OPTIONS.parts) };
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i]!, args[i + 1]];
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
    else if (flag === "--output" && value) options.output = value;
    else throw new Error(`unknown argument "${flag}"\n${USAGE}`);
  }
  return options;
}
