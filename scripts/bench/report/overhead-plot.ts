import { COMMANDS, type OverheadResults } from "../provider-overhead";
import { overheadRatios } from "./overhead-ratios";
import { groupedBarChart } from "./ratio-plot";
import { OVERHEAD_RATIO_TARGET } from "./targets";

/** The overhead ratios as an SVG bar chart: one group per command, one bar per N. */
export function overheadPlot(overhead: OverheadResults): string {
  const ratios = overheadRatios(overhead);
  const sizes = [...new Set(ratios.map((r) => r.n))];
  return groupedBarChart({
    title: "visionai ÷ no-op dynamic provider, median wall time",
    yLabel: "ratio",
    series: sizes.map((n) => `N = ${n}`),
    groups: COMMANDS.map((command) => ({
      label: command,
      values: sizes.map((n) => ratios.find((r) => r.n === n && r.command === command)!.ratio),
    })),
    target: OVERHEAD_RATIO_TARGET,
  });
}
