import * as fs from "node:fs";
import * as path from "node:path";
import type { FaultRuleRequest } from "./fault-rates";
import { REPO_ROOT, TOOLS_DIR } from "./repo-paths";
import { sourceCommit } from "./source-commit";

/**
 * The reliability scenarios and their records. Each scenario's test records one result after its last
 * assertion passed, into a git-ignored file of every run; `npm run reliability:record` promotes one
 * complete run (a record for every scenario below, all from one run) into RELIABILITY.json, which is
 * committed, and `npm run reliability:report` renders RELIABILITY.md from that file alone.
 */

/** Every scenario a complete run records, in the report's order, with the test file that asserts it. */
export const RELIABILITY_SCENARIOS = [
  { title: "example stack: up under faults", test: "tests/reliability/fault-campaign.test.ts" },
  { title: "example stack: destroy under faults", test: "tests/reliability/fault-campaign.test.ts" },
  { title: "50-resource stack: up under faults", test: "tests/reliability/fault-campaign.test.ts" },
  { title: "50-resource stack: update of 20 under faults", test: "tests/reliability/fault-campaign.test.ts" },
  { title: "50-resource stack: destroy under faults", test: "tests/reliability/fault-campaign.test.ts" },
  ...["pulumi", "the dynamic-provider"].flatMap((victim) =>
    ["while the cluster is being created", "while streams and events are being created"].map((during) => ({
      title: `crash recovery: kill -9 of ${victim} ${during}`,
      test: "tests/reliability/crash-recovery.test.ts",
    })),
  ),
  {
    title: "emulator crash: down longer than the client's retry budget",
    test: "tests/reliability/emulator-crash.test.ts",
  },
  {
    title: "emulator crash: down within the client's retry budget",
    test: "tests/reliability/emulator-crash.test.ts",
  },
  { title: "secrets: up, refresh and preview with verbose logs", test: "tests/reliability/secrets.test.ts" },
  {
    title: "upgrade: a stack deployed before the creation marker",
    test: "tests/reliability/marker-less-upgrade.test.ts",
  },
] as const;

/** What a scenario measured while its checks ran. */
export interface ScenarioFigures {
  /** StreamsService and Operations calls the emulator received during the scenario's commands. */
  calls?: number;
  /** Calls a fault rule failed unhandled (phase BEFORE) and after applying them (phase AFTER). */
  faultsBefore?: number;
  faultsAfter?: number;
  /** Vision AI resources the scenario's stack manages. */
  resources: number;
  seconds: number;
  /** What else the scenario saw that its checks depend on, e.g. "1 in state after the kill". */
  observed?: string;
}

/** What a test hands over once every check of its scenario passed. */
export interface ScenarioResult {
  scenario: string;
  /** The claims the test asserted, in order, each noted only after its assertion held. */
  checks: string[];
  /** The seed the emulator's fault draws started from, for scenarios under probabilistic faults. */
  seed?: number;
  /** The emulator's fault rules, as sent: the report derives what a call meets from them. */
  faultRules?: FaultRuleRequest[];
  /** What else was done to the run, e.g. "kill -9 of pulumi after 1 create call". */
  injected?: string;
  figures: ScenarioFigures;
}

/** One line of the run file, and one entry of RELIABILITY.json. */
export interface ScenarioRecord extends ScenarioResult {
  /** The test file that asserted it. */
  test: string;
  /** Every record of one test run shares it (RELIABILITY_RUN_ID, which `npm test` sets). */
  run: string;
  commit: string;
  uncommittedChanges: boolean;
  /** ISO 8601, UTC. */
  recordedAt: string;
  /** Always "passed": a failing check throws before its scenario records anything. */
  result: "passed";
}

/** Every run's records, one JSON line each (git-ignored). */
export const RUN_RECORDS_FILE = path.join(TOOLS_DIR, "reliability", "records.jsonl");

/** The promoted run's records, committed: the only input of RELIABILITY.md. */
export const RESULTS_FILE = path.join(REPO_ROOT, "RELIABILITY.json");

/** The committed results: one complete run. */
export interface ReliabilityResults {
  run: string;
  commit: string;
  records: ScenarioRecord[];
}

/** Set once per process when the runner did not name the run, so one file's scenarios share a run id. */
const PROCESS_RUN = `${new Date().toISOString()}-pid${process.pid}`;

export function currentRunId(): string {
  return process.env.RELIABILITY_RUN_ID || PROCESS_RUN;
}

/**
 * Appends the record of a scenario whose every check passed. Call it after the last assertion: a record
 * is the claim that the checks it lists held in this run.
 */
export function recordScenario(result: ScenarioResult): ScenarioRecord {
  const entry = RELIABILITY_SCENARIOS.find((scenario) => scenario.title === result.scenario);
  if (!entry) throw new Error(`"${result.scenario}" is not in RELIABILITY_SCENARIOS: add it there first`);
  if (result.checks.length === 0) throw new Error(`"${result.scenario}" records no checks`);
  const record: ScenarioRecord = {
    ...result,
    test: entry.test,
    run: currentRunId(),
    ...sourceCommit(),
    recordedAt: new Date().toISOString(),
    result: "passed",
  };
  fs.mkdirSync(path.dirname(RUN_RECORDS_FILE), { recursive: true });
  fs.appendFileSync(RUN_RECORDS_FILE, `${JSON.stringify(record)}\n`);
  return record;
}

export function readRunRecords(file = RUN_RECORDS_FILE): ScenarioRecord[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as ScenarioRecord);
}

export function readResults(file = RESULTS_FILE): ReliabilityResults {
  return JSON.parse(fs.readFileSync(file, "utf8")) as ReliabilityResults;
}

/**
 * The records of the newest run that recorded every scenario of the catalogue (its last record of each,
 * in catalogue order), or why there is none. A run of code no commit holds does not count: its results
 * could not be reproduced from the repository.
 */
export function completeRun(
  records: readonly ScenarioRecord[],
  run?: string,
): { results: ReliabilityResults } | { problem: string } {
  const runs = [...new Set(records.map((record) => record.run))].filter(
    (candidate) => run === undefined || candidate === run,
  );
  const problems: string[] = [];
  const candidates = runs
    .map((candidate) => records.filter((record) => record.run === candidate))
    .sort((a, b) => b.at(-1)!.recordedAt.localeCompare(a.at(-1)!.recordedAt));
  for (const runRecords of candidates) {
    const id = runRecords[0]!.run;
    const missing = RELIABILITY_SCENARIOS.filter(
      (scenario) => !runRecords.some((record) => record.scenario === scenario.title),
    );
    if (missing.length > 0) {
      problems.push(`run ${id} lacks ${missing.length} scenario(s), e.g. "${missing[0]!.title}"`);
      continue;
    }
    const commits = new Set(runRecords.map((record) => record.commit));
    if (commits.size > 1 || runRecords.some((record) => record.uncommittedChanges)) {
      problems.push(`run ${id} ran code with uncommitted changes or of several commits`);
      continue;
    }
    const latest = RELIABILITY_SCENARIOS.map((scenario) =>
      runRecords.filter((record) => record.scenario === scenario.title).at(-1)!,
    );
    return { results: { run: id, commit: latest[0]!.commit, records: latest } };
  }
  if (runs.length === 0) {
    return { problem: run ? `no records of run ${run}` : "no run has recorded anything yet" };
  }
  return { problem: problems.join("; ") };
}
