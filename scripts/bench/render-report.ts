/**
 * `npm run bench:report`: renders BENCHMARKS.md and its plot from scripts/bench/results/bench.json and
 * scripts/bench/findings.md. Measures nothing; `npm run bench` measures and then renders the same way.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../lib/repo-paths";
import { readBenchResults, RESULTS_FILE } from "./bench-results";
import { readQuotaResults } from "./quota-results";
import { FINDINGS_FILE, renderReport } from "./report/render";

/** Writes the rendered files into the repository and returns their paths, relative to its root. */
export async function writeReport(): Promise<string[]> {
  const files = await renderReport(
    readBenchResults(RESULTS_FILE),
    fs.readFileSync(FINDINGS_FILE, "utf8"),
    readQuotaResults(),
  );
  for (const [file, content] of files) {
    fs.mkdirSync(path.dirname(path.join(REPO_ROOT, file)), { recursive: true });
    fs.writeFileSync(path.join(REPO_ROOT, file), content);
  }
  return [...files.keys()];
}

if (require.main === module) {
  writeReport().then(
    (files) => process.stderr.write(`wrote ${files.join(", ")}\n`),
    (error: unknown) => {
      console.error(`bench:report failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
