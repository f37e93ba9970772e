import type { DeclaredProgram, DeclareResults } from "../declare-cost";
import { median } from "../stats";
import { fixed, markdownTable } from "./markdown-table";

const PROGRAM_NAMES: Record<DeclaredProgram, string> = {
  visionai: "this package's resources",
  noop: "no-op dynamic resources",
  "visionai at baseline": "this package's resources, baseline",
};

export function declareSection(declare: DeclareResults): string {
  const programs = [...new Set(declare.samples.map((s) => s.program))];
  const medianOf = (program: DeclaredProgram) =>
    median(declare.samples.filter((s) => s.program === program).map((s) => s.cpuMillis));
  const rows = programs.map((program) => {
    const samples = declare.samples.filter((s) => s.program === program);
    const cpu = samples.map((s) => s.cpuMillis);
    const load = samples.map((s) => s.load);
    return [
      PROGRAM_NAMES[program] + (program === "visionai at baseline" ? ` (\`${declare.baselineCommit}\`)` : ""),
      String(samples[0]!.n),
      String(samples.length),
      fixed(medianOf(program)),
      fixed(medianOf(program) / medianOf("noop"), 2),
      `${fixed(Math.min(...cpu))}–${fixed(Math.max(...cpu))}`,
      `${fixed(Math.min(...load), 1)}–${fixed(Math.max(...load), 1)}`,
    ];
  });
  return [
    "## 0b. Declaring the graph",
    "",
    "CPU time of a fresh Node.js process that runs a benchmark program under `pulumi.runtime.setMocks` " +
      "(source maps registered, as the language host does; scripts/bench/declare-cost.ts): loading the " +
      "package and declaring the graph, without the engine. The programs take turns; a baseline row is a " +
      "build of another commit (`--baseline DIR`), measured in the same run.",
    "",
    markdownTable(["program", "N", "runs", "median CPU ms", "÷ no-op", "range ms", "load avg"], rows),
  ].join("\n");
}
