import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../lib/repo-paths";
import type { Machine } from "./machine";

/** One deployment under a quota, as `node dist/scripts/bench/quota.js` measured it. */
export interface QuotaRow {
  scenario: string;
  /** The emulator's `--quota` setting, e.g. `mutations=2/10s`. */
  quota: string;
  resources: number;
  mutations: number;
  /** The least time the quota allows for `mutations`: (ceil(M / N) - 1) * PERIOD. */
  lowerBoundSeconds: number;
  seconds: number;
  ratio: number;
  refused: number;
  refusedPerResource: number;
  failures: number;
  createdOnce: boolean;
}

/**
 * The quota run's raw results, rendered into BENCHMARKS.md beside `npm run bench`'s. The first recorded
 * run predates `commit`, `startedAt` and `command`: the report says so instead of guessing them.
 */
export interface QuotaResults {
  command?: string;
  commit?: string;
  startedAt?: string;
  machine: Machine;
  loadAverage: number;
  rows: QuotaRow[];
}

export const QUOTA_RESULTS_FILE = path.join(REPO_ROOT, "scripts", "bench", "results", "quota.json");

/** The recorded quota results, or undefined when no quota run has been recorded. */
export function readQuotaResults(file = QUOTA_RESULTS_FILE): QuotaResults | undefined {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as QuotaResults) : undefined;
}
