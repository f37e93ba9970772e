/**
 * The per-project rate quotas the emulator can enforce, as Google enforces "requests per minute per
 * project" on its APIs: a quota admits at most `limit` calls of its metric from one project in each window
 * of `periodMillis` (quota-ledger.ts says when windows open).
 */

/** Which calls a quota counts: calls that change state, or calls that only read. */
export type QuotaMetric = "mutations" | "reads";

export const QUOTA_METRICS: readonly QuotaMetric[] = ["mutations", "reads"];

export interface QuotaSpec {
  metric: QuotaMetric;
  /** Calls admitted per project in each window of `periodMillis`; 0 admits none. */
  limit: number;
  periodMillis: number;
}

const UNIT_MILLIS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** The longest period: the control proto carries it as int32 milliseconds. */
const MAX_PERIOD_MILLIS = 2_147_483_647;

export const QUOTA_SPEC_EXAMPLE = "mutations=2/10s";

/**
 * Parses `METRIC=N/PERIOD` (`mutations=60/1m`, `reads=100/10s`; PERIOD is a number with ms, s, m or h).
 * Returns the spec, or a problem naming the rule broken and an example that follows it.
 */
export function parseQuotaSpec(text: string): QuotaSpec | { problem: string } {
  const match = /^([a-z]+)=(\d+)\/(\d+)(ms|s|m|h)$/.exec(text.trim());
  if (!match) {
    return {
      problem: `"${text}" is not METRIC=N/PERIOD; write it like "${QUOTA_SPEC_EXAMPLE}" (PERIOD in ms, s, m or h)`,
    };
  }
  const spec: QuotaSpec = {
    metric: match[1] as QuotaMetric,
    limit: Number(match[2]),
    periodMillis: Number(match[3]) * UNIT_MILLIS[match[4]],
  };
  const problem = quotaProblem(spec);
  return problem ? { problem: `"${text}": ${problem}` } : spec;
}

/** The first rule a quota breaks, from any source (flag, factory, control RPC), or undefined. */
export function quotaProblem(spec: QuotaSpec): string | undefined {
  if (!QUOTA_METRICS.includes(spec.metric)) {
    return `the metric must be ${QUOTA_METRICS.map((metric) => `"${metric}"`).join(" or ")}, got "${spec.metric}"`;
  }
  if (!Number.isInteger(spec.limit) || spec.limit < 0 || spec.limit > MAX_PERIOD_MILLIS) {
    return `the limit must be a whole number of calls >= 0, got ${spec.limit}`;
  }
  if (
    !Number.isInteger(spec.periodMillis) ||
    spec.periodMillis < 1 ||
    spec.periodMillis > MAX_PERIOD_MILLIS
  ) {
    return `the period must be from 1 ms to ${MAX_PERIOD_MILLIS} ms, got ${spec.periodMillis} ms`;
  }
  return undefined;
}

/** `2/10s`, `60/1m`: the quota as its flag writes it. */
export function formatQuotaRate(spec: QuotaSpec): string {
  return `${spec.limit}/${formatPeriod(spec.periodMillis)}`;
}

function formatPeriod(millis: number): string {
  for (const [unit, size] of [
    ["h", 3_600_000],
    ["m", 60_000],
    ["s", 1000],
  ] as const) {
    if (millis % size === 0) return `${millis / size}${unit}`;
  }
  return `${millis}ms`;
}
