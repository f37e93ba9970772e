import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { REPO_ROOT } from "../../../scripts/lib/repo-paths";
import { readBenchResults, RESULTS_FILE } from "../../../scripts/bench/bench-results";
import { FINDINGS_FILE, renderReport } from "../../../scripts/bench/report/render";
import { readQuotaResults } from "../../../scripts/bench/quota-results";

describe("BENCHMARKS.md", () => {
  it("is exactly what `npm run bench:report` renders from the committed raw results and findings", async () => {
    const files = await renderReport(
      readBenchResults(RESULTS_FILE),
      fs.readFileSync(FINDINGS_FILE, "utf8"),
      readQuotaResults(),
    );
    assert.ok(files.has("BENCHMARKS.md"));
    for (const [file, rendered] of files) {
      assert.equal(
        fs.readFileSync(path.join(REPO_ROOT, file), "utf8"),
        rendered,
        `${file} differs from what scripts/bench/results/bench.json renders: run \`npm run bench:report\` ` +
          "(edit scripts/bench/findings.md, not the report)",
      );
    }
  });
});
