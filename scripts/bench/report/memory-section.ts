import type { Variant } from "../bench-stacks";
import type { OverheadResults } from "../provider-overhead";
import { fixed, markdownTable } from "./markdown-table";

const PROCESSES: [Variant, string][] = [
  ["visionai", "dynamic-provider process, this package"],
  ["baseline", "dynamic-provider process, this package at the baseline commit"],
  ["plugin", "provider plugin process (plugin path)"],
  ["noop", "dynamic-provider process, no-op resources"],
  ["noop-calls", "dynamic-provider process, no-op resources making minimal calls"],
];

export function memorySection(overhead: OverheadResults): string {
  const { n, provider, emulator } = overhead.peakRssMiB;
  // A run has the variants it measured: the plugin and baseline rows only from runs that had them.
  const rows = PROCESSES.filter(([variant]) => provider[variant] !== undefined).map(([variant, label]) => [
    label,
    fixed(provider[variant]!),
  ]);
  return [
    "## 5. Memory",
    "",
    `Peak resident set (VmHWM) at N = ${n} (${2 * n + 2} resources), the highest over every command of every run:`,
    "",
    markdownTable(
      ["process", "peak RSS MiB"],
      [...rows, ["emulator (in-memory), serving every run at this N", fixed(emulator)]],
    ),
  ].join("\n");
}
