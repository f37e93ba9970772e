import type { OverheadResults } from "../provider-overhead";
import { fixed, markdownTable } from "./markdown-table";
import { overheadRatios } from "./overhead-ratios";
import { mark, OVERHEAD_RATIO_TARGET, OVERHEAD_TARGET_FROM_N } from "./targets";

/** Where the plot goes, relative to the repository root (and so to BENCHMARKS.md). */
export const PLOT_FILE = "scripts/bench/results/provider-overhead.svg";

function range(values: number[]): string {
  return `${fixed(Math.min(...values), 1)}–${fixed(Math.max(...values), 1)}`;
}

export function overheadSection(overhead: OverheadResults): string {
  const ratios = overheadRatios(overhead);
  // Runs recorded before the plugin path was measured have no plugin columns.
  const withPlugin = ratios.some((r) => r.pluginMillis !== undefined);
  const withBaseline = ratios.some((r) => r.baselineMillis !== undefined);
  const rows = ratios.map((r) => [
    String(r.n),
    String(2 * r.n + 2),
    r.command,
    String(r.runs),
    fixed(r.visionaiMillis),
    fixed(r.noopMillis),
    fixed(r.ratio, 2),
    r.n >= OVERHEAD_TARGET_FROM_N ? mark(r.ratio <= OVERHEAD_RATIO_TARGET) : "(no target)",
    fixed(r.callsFloorMillis),
    fixed(r.ratioToCallsFloor, 2),
    ...(withBaseline ? [fixed(r.baselineMillis!), fixed(r.baselineRatio!, 2)] : []),
    ...(withPlugin ? [fixed(r.pluginMillis!), fixed(r.pluginRatio!, 2)] : []),
    range(r.load),
  ]);
  return [
    "## 1. Provider overhead against the engine's floor",
    "",
    "Wall time of each command through the Automation API (CLI start, program, engine, dynamic-provider " +
      "process), median of the runs; ratio = this package's resources ÷ the same graph of no-op dynamic " +
      "resources. `update` is `up` after changing one label on one stream. " +
      `Target: ratio ≤ ${OVERHEAD_RATIO_TARGET} at N = ${OVERHEAD_TARGET_FROM_N} and above. ` +
      "The second floor (calls floor) is the same no-op graph making one minimal gRPC call (an empty " +
      "GetStream to a bare grpc-js server, scripts/bench/programs/noop-resource.ts) wherever this package's " +
      "provider makes a service call; ÷ calls floor is what is left once the calls as such are paid for: " +
      "this package's overhead and the emulator's work." +
      (withPlugin
        ? " The plugin columns are the same graph through the provider plugin (the generated Node.js SDK, " +
          "`pulumi-visionai/plugin`, served by `pulumi-resource-visionai`), on the same emulator, taking turns " +
          "with the others; plugin ÷ no-op compares it with the same dynamic floor."
        : "") +
      (withBaseline
        ? ` The baseline columns are this package's dynamic resources built at commit ${overhead.baselineCommit}, ` +
          "taking turns with the others in the same run: the ratio before this run's changes."
        : ""),
    "",
    markdownTable(
      [
        "N",
        "resources",
        "command",
        "runs",
        "visionai ms",
        "no-op ms",
        "ratio",
        `≤ ${OVERHEAD_RATIO_TARGET}`,
        "calls floor ms",
        "÷ calls floor",
        ...(withBaseline ? ["baseline ms", "baseline ratio"] : []),
        ...(withPlugin ? ["plugin ms", "plugin ÷ no-op"] : []),
        "load avg",
      ],
      rows,
    ),
    "",
    `![Provider overhead ratio per command and N](${PLOT_FILE})`,
  ].join("\n");
}
