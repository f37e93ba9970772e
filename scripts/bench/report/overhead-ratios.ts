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
  /** Load average after each command of either variant. */
  load: number[];
}

/** One ratio per N and command, in the order the commands ran. */
export function overheadRatios(overhead: OverheadResults): OverheadRatio[] {
  const sizes = [...new Set(overhead.samples.map((sample) => sample.n))];
  return sizes.flatMap((n) =>
    COMMANDS.map((command) => {
      const of = (variant: string) =>
        overhead.samples.filter((s) => s.n === n && s.command === command && s.variant === variant);
      const visionai = of("visionai");
      const noop = of("noop");
      const visionaiMillis = median(visionai.map((s) => s.millis));
      const noopMillis = median(noop.map((s) => s.millis));
      return {
        n,
        command,
        runs: visionai.length,
        visionaiMillis,
        noopMillis,
        ratio: visionaiMillis / noopMillis,
        load: [...visionai, ...noop].map((s) => s.load),
      };
    }),
  );
}
