import type { Variant } from "../bench-stacks";
import { COMMANDS, type Command, type OverheadResults } from "../provider-overhead";
import { median } from "../stats";

export interface OverheadRatio {
  n: number;
  command: Command;
  runs: number;
  visionaiMillis: number;
  noopMillis: number;
  /** visionaiMillis ÷ noopMillis: medians of the interleaved runs. */
  ratio: number;
  /** The second floor: no-op resources making one minimal gRPC call per service call. */
  callsFloorMillis: number;
  /** visionaiMillis ÷ callsFloorMillis: what is left once the calls as such are paid for. */
  ratioToCallsFloor: number;
  /** The same graph through the provider plugin, when the run measured it (results before it did not). */
  pluginMillis?: number;
  /** pluginMillis ÷ noopMillis. */
  pluginRatio?: number;
  /** This package's dynamic resources at the baseline commit, when the run had one. */
  baselineMillis?: number;
  /** baselineMillis ÷ noopMillis: the ratio before the change, measured in the same run. */
  baselineRatio?: number;
  /** Load average after each command of any variant. */
  load: number[];
}

/** One ratio per N and command, in the order the commands ran. */
export function overheadRatios(overhead: OverheadResults): OverheadRatio[] {
  const sizes = [...new Set(overhead.samples.map((sample) => sample.n))];
  return sizes.flatMap((n) =>
    COMMANDS.map((command) => {
      const of = (variant: Variant) =>
        overhead.samples.filter((s) => s.n === n && s.command === command && s.variant === variant);
      const visionai = of("visionai");
      const noop = of("noop");
      const callsFloor = of("noop-calls");
      const plugin = of("plugin");
      const baseline = of("baseline");
      const visionaiMillis = median(visionai.map((s) => s.millis));
      const noopMillis = median(noop.map((s) => s.millis));
      const callsFloorMillis = median(callsFloor.map((s) => s.millis));
      const pluginMillis = plugin.length > 0 ? median(plugin.map((s) => s.millis)) : undefined;
      const baselineMillis = baseline.length > 0 ? median(baseline.map((s) => s.millis)) : undefined;
      return {
        n,
        command,
        runs: visionai.length,
        visionaiMillis,
        noopMillis,
        ratio: visionaiMillis / noopMillis,
        callsFloorMillis,
        ratioToCallsFloor: visionaiMillis / callsFloorMillis,
        pluginMillis,
        pluginRatio: pluginMillis === undefined ? undefined : pluginMillis / noopMillis,
        baselineMillis,
        baselineRatio: baselineMillis === undefined ? undefined : baselineMillis / noopMillis,
        load: [...visionai, ...plugin, ...baseline, ...noop, ...callsFloor].map((s) => s.load),
      };
    }),
  );
}
