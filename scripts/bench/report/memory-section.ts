import type { OverheadResults } from "../provider-overhead";
import { fixed, markdownTable } from "./markdown-table";

export function memorySection(overhead: OverheadResults): string {
  const { n, provider, emulator } = overhead.peakRssMiB;
  return [
    "## 5. Memory",
    "",
    `Peak resident set (VmHWM) at N = ${n} (${2 * n + 2} resources), the highest over every command of every run:`,
    "",
    markdownTable(
      ["process", "peak RSS MiB"],
      [
        ["dynamic-provider process, this package", fixed(provider.visionai)],
        // Runs recorded before the plugin path was measured have no figure for it.
        ...(provider.plugin !== undefined
          ? [["provider plugin process (plugin path)", fixed(provider.plugin)]]
          : []),
        ["dynamic-provider process, no-op resources", fixed(provider.noop)],
        ["dynamic-provider process, no-op resources making minimal calls", fixed(provider["noop-calls"])],
        ["emulator (in-memory), serving every run at this N", fixed(emulator)],
      ],
    ),
  ].join("\n");
}
