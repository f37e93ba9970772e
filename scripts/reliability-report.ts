/**
 * Writes RELIABILITY.md from RELIABILITY.json, the committed records of one complete run; measures nothing.
 * `npm run reliability:report`.
 */
import * as fs from "node:fs";
import { renderReliabilityMarkdown, REPORT_FILE } from "./lib/reliability-markdown";
import { readResults, RESULTS_FILE } from "./lib/reliability-scenarios";

async function main(): Promise<void> {
  if (!fs.existsSync(RESULTS_FILE)) {
    process.stderr.write(`reliability-report: ${RESULTS_FILE} is missing; restore it with git checkout\n`);
    process.exit(1);
  }
  const results = readResults();
  fs.writeFileSync(REPORT_FILE, await renderReliabilityMarkdown(results));
  process.stdout.write(`wrote ${REPORT_FILE} (${results.records.length} scenarios, run ${results.run})\n`);
}

void main();
