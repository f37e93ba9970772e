import type { z } from "zod";

/** The zod namespace, as rules are built from it. */
export type Zod = typeof z;

/**
 * A rule built on first use, with zod loaded then. Only a provider's `check` validates inputs; a program
 * declaring resources, and a provider refreshing or deleting them, read the kind tables but never a rule,
 * while loading zod and building the rules costs a provider process that does check 130–150 ms of CPU
 * (`npm run bench:profile`, quoted in BENCHMARKS.md's findings).
 */
export function lazyRule<Rule>(build: (zod: Zod) => Rule): () => Rule {
  let rule: Rule | undefined;
  return () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    rule ??= build((require("zod") as { z: Zod }).z);
    return rule;
  };
}
