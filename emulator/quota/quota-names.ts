import type { QuotaSpec } from "./quota-spec";

/**
 * How Google names a quota in its errors: the metric (`visionai.googleapis.com/mutate_requests`), its
 * display name (`Mutate requests`) and the limit (`MutateRequestsPerMinutePerProject`, shown as
 * `Mutate requests per minute per project`).
 */

export const QUOTA_SERVICE = "visionai.googleapis.com";

const METRIC_WORDS: Record<QuotaSpec["metric"], { display: string; id: string }> = {
  mutations: { display: "Mutate requests", id: "mutate_requests" },
  reads: { display: "Read requests", id: "read_requests" },
};

const NAMED_PERIODS: Record<number, string> = { 1000: "second", 60_000: "minute", 3_600_000: "hour" };

function periodWords(periodMillis: number): string {
  const named = NAMED_PERIODS[periodMillis];
  if (named) return named;
  return periodMillis % 1000 === 0 ? `${periodMillis / 1000} seconds` : `${periodMillis} milliseconds`;
}

function titleCase(words: string): string {
  return words
    .split(" ")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}

export interface QuotaNames {
  /** `visionai.googleapis.com/mutate_requests` */
  metric: string;
  /** `Mutate requests` */
  metricDisplayName: string;
  /** `MutateRequestsPerMinutePerProject` */
  limitId: string;
  /** `Mutate requests per minute per project` */
  limitDisplayName: string;
}

export function quotaNames(spec: QuotaSpec): QuotaNames {
  const words = METRIC_WORDS[spec.metric];
  const limitDisplayName = `${words.display} per ${periodWords(spec.periodMillis)} per project`;
  return {
    metric: `${QUOTA_SERVICE}/${words.id}`,
    metricDisplayName: words.display,
    limitId: titleCase(limitDisplayName),
    limitDisplayName,
  };
}
