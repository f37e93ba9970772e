/**
 * Promotes one complete run of the reliability tests (a record of every scenario, all from one run of
 * committed code) from the git-ignored run file into RELIABILITY.json, then renders RELIABILITY.md from it.
 * `npm run reliability:record` takes the newest complete run; `-- --run ID` a given one.
 */
import * as fs from "node:fs";
import { parseArgs } from "node:util";
import * as prettier from "prettier";
import { renderReliabilityMarkdown, REPORT_FILE } from "./lib/reliability-markdown";
import { completeRun, readRunRecords, RESULTS_FILE, RUN_RECORDS_FILE } from "./lib/reliability-scenarios";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { run: { type: "string" } } });
  const found = completeRun(readRunRecords(), values.run);
  if ("problem" in found) {
    process.stderr.write(
      `reliability-record: nothing promoted from ${RUN_RECORDS_FILE}: ${found.problem}. ` +
        "Commit your changes, then run npm test (or the tests in dist/tests/reliability/ with one RELIABILITY_RUN_ID).\n",
    );
    process.exit(1);
  }
  const json = await prettier.format(JSON.stringify(found.results), { filepath: RESULTS_FILE });
  fs.writeFileSync(RESULTS_FILE, json);
  fs.writeFileSync(REPORT_FILE, await renderReliabilityMarkdown(found.results));
  process.stdout.write(
    `wrote ${RESULTS_FILE} and ${REPORT_FILE} from run ${found.results.run} (commit ${found.results.commit.slice(0, 7)})\n`,
  );
}

void main();
