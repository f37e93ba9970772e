import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "./repo-paths";

/**
 * Figures of one reliability scenario, appended by the tests in tests/reliability/ as a JSON line to
 * .tools/reliability/scenarios.jsonl (git-ignored), from which `npm run reliability:report` writes
 * RELIABILITY.md's table after a run.
 */
export interface ScenarioFigures {
  scenario: string;
  /** StreamsService and Operations calls the emulator received. */
  calls?: number;
  faultsBefore?: number;
  faultsAfter?: number;
  /** What else was done to the run, e.g. "kill -9 of pulumi after 3 creates". */
  injected?: string;
  resources: number;
  result: string;
  seconds: number;
}

export const SCENARIO_LOG = path.join(REPO_ROOT, ".tools", "reliability", "scenarios.jsonl");

export function recordScenario(figures: ScenarioFigures): void {
  fs.mkdirSync(path.dirname(SCENARIO_LOG), { recursive: true });
  fs.appendFileSync(SCENARIO_LOG, `${JSON.stringify({ ...figures, at: new Date().toISOString() })}\n`);
}

/** A recorded line: the figures and when they were recorded. */
export interface RecordedScenario extends ScenarioFigures {
  at: string;
}
