/**
 * Writes RELIABILITY.md from the figures the reliability tests record (scripts/lib/reliability-scenarios.ts)
 * in .tools/reliability/scenarios.jsonl: one row per scenario, from its latest run. Run it after the tests:
 * `npm run reliability:report`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { SCENARIO_LOG, type RecordedScenario } from "./lib/reliability-scenarios";
import { REPO_ROOT } from "./lib/repo-paths";

const REPORT = path.join(REPO_ROOT, "RELIABILITY.md");

/** What the fault campaign injects when a scenario names no injection of its own. */
const CAMPAIGN_FAULTS =
  "on every RPC: 20% UNAVAILABLE before handling, 20% UNAVAILABLE after applying (response lost), 5% applied then answered DEADLINE_EXCEEDED after 200 ms";

function latestPerScenario(lines: string[]): RecordedScenario[] {
  const latest = new Map<string, RecordedScenario>();
  for (const line of lines) {
    if (line.trim() === "") continue;
    const recorded = JSON.parse(line) as RecordedScenario;
    latest.set(recorded.scenario, recorded);
  }
  return [...latest.values()];
}

const cell = (value: string | number | undefined) =>
  value === undefined ? "–" : String(value).replaceAll("|", "\\|");

function table(rows: RecordedScenario[]): string {
  const lines = [
    "| scenario | injected | calls | faults (before / after) | resources | result | time (s) |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const row of rows) {
    const faults =
      row.faultsBefore === undefined && row.faultsAfter === undefined
        ? undefined
        : `${row.faultsBefore ?? 0} / ${row.faultsAfter ?? 0}`;
    lines.push(
      `| ${[
        row.scenario,
        row.injected ?? CAMPAIGN_FAULTS,
        row.calls,
        faults,
        row.resources,
        row.result,
        row.seconds.toFixed(1),
      ]
        .map(cell)
        .join(" | ")} |`,
    );
  }
  return lines.join("\n");
}

function main(): void {
  if (!fs.existsSync(SCENARIO_LOG)) {
    throw new Error(`${SCENARIO_LOG} does not exist: run the reliability tests first (npm test)`);
  }
  const rows = latestPerScenario(fs.readFileSync(SCENARIO_LOG, "utf8").split("\n"));
  const dates = rows.map((row) => row.at.slice(0, 10)).sort();
  const report = `# Reliability

Figures from one run of the reliability tests in \`tests/reliability/\` (part of \`npm test\`), written by
\`npm run reliability:report\` from what each test recorded (run ${dates[0]}${dates.at(-1) !== dates[0] ? ` to ${dates.at(-1)}` : ""}).
Every scenario runs the real Pulumi CLI, language host and dynamic-provider plugin against the emulator as
a separate process. "calls" counts the StreamsService and Operations calls the emulator received during
the scenario's commands ("–" where the scenario does not count them); "faults" the calls it failed on purpose,
before handling them or after applying them (the response lost). A fault-campaign or crash scenario
passes only if, after it, the emulator holds exactly the resources in Pulumi's state, each intended
change was applied once (crash recovery: each resource created once, by the killed run or the recovery),
and a preview shows no changes; the secrets scenario searches the stack export, the CLI's output and the
logs for each secret. Each test file says exactly what it checks.

${table(rows)}

Recovery after a killed run is described in the README, "When a run is interrupted".
`;
  fs.writeFileSync(REPORT, report);
  process.stdout.write(`wrote ${REPORT} (${rows.length} scenarios)\n`);
}

main();
