import assert from "node:assert/strict";
import * as fs from "node:fs";
import { describe, it } from "node:test";
import { renderReliabilityMarkdown, REPORT_FILE } from "../../scripts/lib/reliability-markdown";
import {
  completeRun,
  readResults,
  RELIABILITY_SCENARIOS,
  type ScenarioRecord,
} from "../../scripts/lib/reliability-scenarios";

describe("RELIABILITY.md and RELIABILITY.json", () => {
  it("RELIABILITY.md is exactly what npm run reliability:report renders from RELIABILITY.json", async () => {
    const rendered = await renderReliabilityMarkdown(readResults());
    assert.equal(
      fs.readFileSync(REPORT_FILE, "utf8"),
      rendered,
      "RELIABILITY.md differs from its rendering: run `npm run reliability:report` (never edit it by hand)",
    );
  });

  it("RELIABILITY.json holds one passed record of every scenario, all of one run of one committed commit", () => {
    const results = readResults();
    assert.deepEqual(
      results.records.map((record) => record.scenario),
      RELIABILITY_SCENARIOS.map((scenario) => scenario.title),
    );
    for (const record of results.records) {
      assert.equal(record.result, "passed");
      assert.equal(record.run, results.run);
      assert.equal(record.commit, results.commit);
      assert.equal(record.uncommittedChanges, false);
      assert.ok(record.checks.length > 0, `${record.scenario} lists no checks`);
    }
  });
});

/** A record of `scenario` in run `run`; only the fields promotion reads matter. */
function record(run: string, scenario: string, extra: Partial<ScenarioRecord> = {}): ScenarioRecord {
  return {
    scenario,
    test: "tests/reliability/x.test.ts",
    run,
    commit: "0123456789abcdef0123456789abcdef01234567",
    uncommittedChanges: false,
    recordedAt: `2026-12-05T00:00:0${run.length % 10}Z`,
    result: "passed",
    checks: ["a check"],
    figures: { resources: 1, seconds: 1 },
    ...extra,
  };
}

const everyScenario = (run: string, extra: Partial<ScenarioRecord> = {}) =>
  RELIABILITY_SCENARIOS.map((scenario) => record(run, scenario.title, extra));

describe("npm run reliability:record: which run is promoted", () => {
  it("a run that lacks a scenario (a test failed or did not run) is not promoted", () => {
    const found = completeRun(everyScenario("run-a").slice(1));
    assert.ok("problem" in found);
    assert.match(found.problem, new RegExp(`lacks 1 scenario.*${RELIABILITY_SCENARIOS[0].title}`));
  });

  it("a run of code with uncommitted changes is not promoted", () => {
    const found = completeRun(everyScenario("run-a", { uncommittedChanges: true }));
    assert.ok("problem" in found);
    assert.match(found.problem, /uncommitted changes/);
  });

  it("of several complete runs the newest is promoted, whole, never mixed with another run", () => {
    const older = everyScenario("run-a", { recordedAt: "2026-12-04T00:00:00Z" });
    const newer = everyScenario("run-b", { recordedAt: "2026-12-05T00:00:00Z" });
    const found = completeRun([...older, ...newer, record("run-c", RELIABILITY_SCENARIOS[0].title)]);
    assert.ok("results" in found);
    assert.equal(found.results.run, "run-b");
    assert.deepEqual(new Set(found.results.records.map((promoted) => promoted.run)), new Set(["run-b"]));
  });
});
