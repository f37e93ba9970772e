import { PROTO_LOADERS, type StartupResults } from "../startup-cost";
import { median } from "../stats";
import { fixed, markdownTable } from "./markdown-table";

export function startupSection(startup: StartupResults): string {
  const rows = PROTO_LOADERS.map((loader) => {
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
    "## 0a. The client's start: proto text or precompiled descriptor",
    "",
    "Every process that calls the service (the dynamic-provider process of `up`, `refresh`, `update` and " +
      "`destroy`) first loads google-gax and the service definitions. Each sample is a fresh Node.js " +
      "process (scripts/bench/startup-cost.ts) timing, from requiring google-gax, the loading of the " +
      "StreamsService and Operations constructors and of the root that decodes packed messages: parsing " +
      "the `.proto` text of google-proto-files (what the client did before) or loading client/protos.json " +
      "(what it does now). The two take turns.",
    "",
    markdownTable(["loader", "runs", "median ms", "range ms", "load avg"], rows),
  ].join("\n");
}
