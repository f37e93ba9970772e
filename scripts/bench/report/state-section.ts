import type { Variant } from "../bench-stacks";
import type { OverheadResults } from "../provider-overhead";
import { fixed, markdownTable } from "./markdown-table";

const PATHS: [Variant, string][] = [
  ["visionai", "dynamic resources (this package)"],
  ["baseline", "dynamic resources (this package at the baseline commit)"],
  ["plugin", "provider plugin (generated Node.js SDK)"],
  ["noop", "no-op dynamic resources (the floor)"],
  ["noop-calls", "no-op resources making minimal calls (the calls floor)"],
];

/** State per resource for each path, at each N, from the checkpoint after the first run's `up`. */
export function stateSection(overhead: OverheadResults): string {
  const rows = Object.entries(overhead.stateSize).flatMap(([n, byVariant]) =>
    PATHS.filter(([variant]) => byVariant[variant] !== undefined).map(([variant, label]) => {
      const size = byVariant[variant]!;
      return [
        n,
        label,
        String(size.resources),
        fixed(size.bytesPerResource),
        fixed(size.checkpointBytes / 1024, 1),
      ];
    }),
  );
  return [
    "## 5a. State size",
    "",
    "What the backend stores after `up` (`pulumi stack export`): the mean size of one resource's entry, its " +
      "inputs and outputs and, for a dynamic resource, the serialized provider it carries; the DIY backend " +
      "rewrites the whole checkpoint after each step, so this is written once per step.",
    "",
    markdownTable(["N", "path", "resources", "bytes per resource", "checkpoint KiB"], rows),
  ].join("\n");
}
