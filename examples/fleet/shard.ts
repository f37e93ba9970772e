/**
 * Splitting a fleet between runners: with `--shard i/n`, runner i of n takes every n-th environment
 * starting at the i-th, so n CI jobs of one matrix cover the fleet exactly once between them, and a
 * site's runner does not change as long as n stays the same.
 */

export interface Shard {
  /** 1-based: the i of `--shard i/n`. */
  index: number;
  count: number;
}

/** Parses `i/n` (1 <= i <= n); the error names the argument, the rule and an example. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new Error(
      `\`--shard\` must be i/n with 1 <= i <= n, such as 1/4 for the first of four runners (got ${text})`,
    );
  }
  return { index, count };
}

/** The items of `shard`: the i-th, then every n-th after it. */
export function shardOf<T>(items: readonly T[], shard: Shard): T[] {
  return items.filter((_, position) => position % shard.count === shard.index - 1);
}
