import * as fs from "node:fs";
import * as path from "node:path";
import * as prettier from "prettier";
import { REPO_ROOT } from "../lib/repo-paths";
import type { DeclareResults } from "./declare-cost";
import type { EmulatorLoadResults } from "./emulator-load";
import type { Machine } from "./machine";
import type { WaitingResults } from "./operation-waiting";
import type { OverheadResults } from "./provider-overhead";
import type { StartupResults } from "./startup-cost";

/**
 * Everything one `npm run bench` measured, as recorded: the only input of BENCHMARKS.md and its plot
 * (`npm run bench:report` renders them from this file and measures nothing).
 */
export interface BenchResults {
  /** The command line that produced these results, e.g. `npm run bench -- --quick`. */
  command: string;
  /** Short hash of the commit measured, with " with uncommitted changes" when the tree differed. */
  commit: string;
  /** ISO 8601, UTC, whole seconds. */
  startedAt: string;
  seconds: number;
  machine: Machine;
  /** 1-minute load average at the start and end: the machine is shared, and load slows every figure. */
  load: { start: number; end: number };
  /** Runs per variant at each N of the provider overhead part (the largest N may have fewer). */
  runs: { sizes: number[]; perSize: number; atLargest: number };
  startup?: StartupResults;
  declare?: DeclareResults;
  overhead?: OverheadResults;
  waiting?: WaitingResults;
  emulator?: EmulatorLoadResults;
}

export const RESULTS_FILE = path.join(REPO_ROOT, "scripts", "bench", "results", "bench.json");

/** Written formatted as prettier formats it, so `npm run lint` accepts the committed file as written. */
export async function writeBenchResults(results: BenchResults, file = RESULTS_FILE): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const text = await prettier.format(JSON.stringify(results), {
    ...(await prettier.resolveConfig(file)),
    filepath: file,
  });
  fs.writeFileSync(file, text);
}

export function readBenchResults(file = RESULTS_FILE): BenchResults {
  return JSON.parse(fs.readFileSync(file, "utf8")) as BenchResults;
}
