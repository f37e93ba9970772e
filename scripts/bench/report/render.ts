import * as path from "node:path";
import * as prettier from "prettier";
import { REPO_ROOT } from "../../lib/repo-paths";
import type { BenchResults } from "../bench-results";
import type { QuotaResults } from "../quota-results";
import { callsSection } from "./calls-section";
import { declareSection } from "./declare-section";
import { emulatorSection } from "./emulator-section";
import { headerSection } from "./header-section";
import { memorySection } from "./memory-section";
import { overheadPlot } from "./overhead-plot";
import { overheadSection, PLOT_FILE } from "./overhead-section";
import { quotaSection } from "./quota-section";
import { startupSection } from "./startup-section";
import { stateSection } from "./state-section";
import { targetsSection } from "./targets-section";
import { waitingSection } from "./waiting-section";

export const REPORT_FILE = path.join(REPO_ROOT, "BENCHMARKS.md");
export const FINDINGS_FILE = path.join(REPO_ROOT, "scripts", "bench", "findings.md");
export { PLOT_FILE };

/** The files a report consists of: path relative to the repository root → content. */
export type RenderedReport = Map<string, string>;

/**
 * BENCHMARKS.md (formatted as `npm run format` would) and its plot, from recorded results and the findings
 * text only (and the quota run's results, recorded by their own script): the same inputs always give the
 * same files.
 */
export async function renderReport(
  results: BenchResults,
  findings: string,
  quota?: QuotaResults,
): Promise<RenderedReport> {
  const sections = [headerSection(results), targetsSection(results)];
  if (results.startup) sections.push(startupSection(results.startup));
  if (results.declare) sections.push(declareSection(results.declare));
  if (results.overhead) sections.push(overheadSection(results.overhead));
  if (results.waiting) sections.push(waitingSection(results.waiting));
  if (results.overhead) sections.push(callsSection(results.overhead));
  if (results.emulator) sections.push(emulatorSection(results.emulator));
  if (results.overhead) sections.push(memorySection(results.overhead));
  // Runs recorded before state size was measured have none.
  if (results.overhead?.stateSize) sections.push(stateSection(results.overhead));
  if (quota) sections.push(quotaSection(quota));
  sections.push(findings.trim());
  const markdown = await prettier.format(sections.join("\n\n") + "\n", {
    ...(await prettier.resolveConfig(REPORT_FILE)),
    filepath: REPORT_FILE,
  });
  const files: RenderedReport = new Map([[path.relative(REPO_ROOT, REPORT_FILE), markdown]]);
  if (results.overhead) files.set(PLOT_FILE, overheadPlot(results.overhead));
  return files;
}
