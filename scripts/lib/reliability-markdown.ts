import * as path from "node:path";
import * as prettier from "prettier";
import { describeFaultRules } from "./fault-rates";
import { REPO_ROOT } from "./repo-paths";
import type { ReliabilityResults, ScenarioRecord } from "./reliability-scenarios";

/** RELIABILITY.md, where `npm run reliability:report` writes what `renderReliabilityMarkdown` returns. */
export const REPORT_FILE = path.join(REPO_ROOT, "RELIABILITY.md");

const cell = (value: string | number | undefined) =>
  value === undefined ? "–" : String(value).replaceAll("|", "\\|");

const shortCommit = (record: ScenarioRecord) => `\`${record.commit.slice(0, 7)}\``;

function injectedOf(record: ScenarioRecord): string {
  return record.faultRules ? describeFaultRules(record.faultRules) : (record.injected ?? "nothing");
}

function summaryTable(records: readonly ScenarioRecord[]): string {
  const rows = records.map((record) => {
    const { figures } = record;
    const faults =
      figures.faultsBefore === undefined
        ? undefined
        : `${figures.faultsBefore} / ${figures.faultsAfter ?? 0}`;
    return `| ${[
      record.scenario,
      record.result,
      shortCommit(record),
      record.seed,
      figures.calls,
      faults,
      figures.resources,
      figures.seconds.toFixed(1),
    ]
      .map(cell)
      .join(" | ")} |`;
  });
  return [
    "| scenario | result | commit | fault seed | calls | faults (before / after) | resources | time (s) |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

function scenarioSection(record: ScenarioRecord): string {
  const lines = [
    `### ${record.scenario}`,
    "",
    `${record.result[0]!.toUpperCase()}${record.result.slice(1)} at ${shortCommit(record)}, asserted by \`${record.test}\`` +
      (record.seed === undefined ? "." : `; replay its faults with fault seed ${record.seed}.`),
    "",
    `Injected: ${injectedOf(record)}.`,
  ];
  if (record.figures.observed) lines.push("", `Observed: ${record.figures.observed}.`);
  lines.push("", "Checked, in order:", "", ...record.checks.map((check) => `- ${check}`));
  return lines.join("\n");
}

/**
 * RELIABILITY.md for committed results: a function of `results` alone (no clock, no machine), formatted as
 * `npm run format` would, so rendering the same file twice gives the same bytes.
 */
export async function renderReliabilityMarkdown(results: ReliabilityResults): Promise<string> {
  const recordedOn = [...new Set(results.records.map((record) => record.recordedAt.slice(0, 10)))].sort();
  const markdown = `# Reliability

<!-- Rendered by \`npm run reliability:report\` from RELIABILITY.json; do not edit: a test in \`npm test\` re-renders it and fails on any difference. -->

Results of one run of the reliability tests (run \`${results.run}\`, commit \`${results.commit.slice(0, 7)}\`,
recorded ${recordedOn.join(" to ")}). Every scenario runs the real Pulumi CLI, language host and
dynamic-provider plugin against the emulator as a separate process. A scenario records its result only
after every one of its assertions passed, and a row claims exactly the checks listed for it below, nothing
more. "calls" counts the StreamsService and Operations calls the emulator received during the scenario's
commands ("–" where the scenario does not count them); "faults" the calls a fault rule failed unhandled
(before) or after applying them (the response lost). Fault decisions draw from the emulator's seeded
generator: \`FAULT_SEED=<seed> node --test dist/tests/reliability/fault-campaign.test.js\` starts the same
draws again (the calls they fall on follow the order calls arrive in, which parallel steps can change).
The raw records are in \`RELIABILITY.json\`; \`npm run reliability:record\` promotes a complete run of
\`npm test\` into it.

${summaryTable(results.records)}

## What each scenario checked

${results.records.map(scenarioSection).join("\n\n")}

Recovery after a killed run is described in the README, "When a run is interrupted".
`;
  const options = (await prettier.resolveConfig(REPORT_FILE)) ?? {};
  return prettier.format(markdown, { ...options, filepath: REPORT_FILE });
}
