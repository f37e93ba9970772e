import type { z } from "zod";

/** The zod namespace, as rules are built from it. */
export type Zod = typeof z;

/**
 * A rule built on first use, with zod loaded then. Only a provider's `check` validates inputs; a program
 * declaring resources, and a provider refreshing or deleting them, read the kind tables but never a rule,
 * and loading zod and building every kind's rules would cost each such process about 60 ms of CPU
 * (BENCHMARKS.md, findings).
 */
export function lazyRule<Rule>(build: (zod: Zod) => Rule): () => Rule {
  let rule: Rule | undefined;
  return () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    rule ??= build((require("zod") as { z: Zod }).z);
    return rule;
  };
}
