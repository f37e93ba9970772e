import type { StartupResults } from "../startup-cost";
import { median } from "../stats";
import { fixed, markdownTable } from "./markdown-table";

export function startupSection(startup: StartupResults): string {
  // The loaders this run measured, in the order they were first measured.
  const loaders = [...new Set(startup.samples.map((s) => s.loader))];
  const rows = loaders.map((loader) => {
    const samples = startup.samples.filter((s) => s.loader === loader);
    const millis = samples.map((s) => s.millis);
    return [
      loader,
      String(samples.length),
      fixed(median(millis)),
      `${fixed(Math.min(...millis))}–${fixed(Math.max(...millis))}`,
      `${fixed(Math.min(...samples.map((s) => s.load)), 1)}–${fixed(Math.max(...samples.map((s) => s.load)), 1)}`,
    ];
  });
  return [
    "## 0a. The client's start",
    "",
    "Every process that calls the service (the dynamic-provider process of `up`, `refresh`, `update` and " +
      "`destroy`) first loads its gRPC stubs and the service definitions. Each sample is a fresh Node.js " +
      "process (scripts/bench/startup-cost.ts) timing, from its first require, the loading of the " +
      "StreamsService and Operations stub constructors and of the root that decodes packed messages, by " +
      "each loader in turn: the loaders are described in scripts/bench/startup-cost.ts, the last one " +
      "measured being what the client does now.",
    "",
    markdownTable(["loader", "runs", "median ms", "range ms", "load avg"], rows),
  ].join("\n");
}
