import type { DeclareResults } from "../declare-cost";
import { median } from "../stats";
import { fixed, markdownTable } from "./markdown-table";

export function declareSection(declare: DeclareResults): string {
  const variants = ["visionai", "noop"] as const;
  const medians = Object.fromEntries(
    variants.map((variant) => [
      variant,
      median(declare.samples.filter((s) => s.variant === variant).map((s) => s.cpuMillis)),
    ]),
  ) as Record<(typeof variants)[number], number>;
  const rows = variants.map((variant) => {
    const samples = declare.samples.filter((s) => s.variant === variant);
    const cpu = samples.map((s) => s.cpuMillis);
    return [
      variant === "visionai" ? "this package's resources" : "no-op dynamic resources",
      String(samples[0]?.n ?? ""),
      String(samples.length),
      fixed(medians[variant]),
      `${fixed(Math.min(...cpu))}–${fixed(Math.max(...cpu))}`,
      `${fixed(Math.min(...samples.map((s) => s.load)), 1)}–${fixed(Math.max(...samples.map((s) => s.load)), 1)}`,
    ];
  });
  return [
    "## 0b. Declaring the graph",
    "",
    "CPU time of a fresh Node.js process that runs a benchmark program under `pulumi.runtime.setMocks` " +
      "(source maps registered, as the language host does; scripts/bench/declare-cost.ts): loading the " +
      "package and declaring the graph, without the engine. The two programs take turns. " +
      `Ratio of the medians: ${fixed(medians.visionai / medians.noop, 2)}.`,
    "",
    markdownTable(["program", "N", "runs", "median CPU ms", "range ms", "load avg"], rows),
  ].join("\n");
}
