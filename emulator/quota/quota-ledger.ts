import type { QuotaMetric, QuotaSpec } from "./quota-spec";

/** A quota in force and what it has done since it was set. */
export interface QuotaUsage {
  spec: QuotaSpec;
  /** Calls it admitted, over all projects. */
  admitted: number;
  /** Calls it refused with RESOURCE_EXHAUSTED, over all projects. */
  refused: number;
}

/** A call the quota refused, and how long until it admits the next call of that project. */
export interface QuotaRefusal {
  spec: QuotaSpec;
  project: string;
  retryAfterMillis: number;
}

/**
 * Counts calls per metric and project in a sliding window: a call is admitted when fewer than `limit`
 * calls of its project were admitted in the last `periodMillis`. A sliding window (rather than windows
 * fixed on the clock) makes the retry delay exact: it is when the oldest admitted call leaves the window.
 */
export class QuotaLedger {
  private readonly usage = new Map<QuotaMetric, QuotaUsage>();
  /** Admission times (ms), oldest first, keyed by metric and project. */
  private readonly admissions = new Map<string, number[]>();

  set(spec: QuotaSpec): QuotaUsage {
    const previous = this.usage.get(spec.metric);
    const usage = { spec: { ...spec }, admitted: previous?.admitted ?? 0, refused: previous?.refused ?? 0 };
    this.usage.set(spec.metric, usage);
    return { ...usage };
  }

  /** Removes the quota of `metric`, or every quota; their counts go with them. */
  clear(metric?: QuotaMetric): void {
    for (const key of [...this.usage.keys()]) {
      if (metric && key !== metric) continue;
      this.usage.delete(key);
      for (const admissionKey of [...this.admissions.keys()]) {
        if (admissionKey.startsWith(`${key}|`)) this.admissions.delete(admissionKey);
      }
    }
  }

  list(): QuotaUsage[] {
    return [...this.usage.values()].map((usage) => ({ ...usage, spec: { ...usage.spec } }));
  }

  /** Admits one call of `metric` from `project` at `nowMillis` (counting it), or says why not. */
  take(metric: QuotaMetric, project: string, nowMillis: number): QuotaRefusal | undefined {
    const usage = this.usage.get(metric);
    if (!usage) return undefined;
    const { limit, periodMillis } = usage.spec;
    const key = `${metric}|${project}`;
    const times = (this.admissions.get(key) ?? []).filter((time) => time > nowMillis - periodMillis);
    this.admissions.set(key, times);
    if (times.length < limit) {
      times.push(nowMillis);
      usage.admitted += 1;
      return undefined;
    }
    usage.refused += 1;
    // A lowered limit can leave more admissions in the window than it allows: the call waits until
    // enough of them have left. A limit of 0 never admits; the period is the honest "not before".
    const retryAfterMillis =
      limit === 0 ? periodMillis : times[times.length - limit] + periodMillis - nowMillis;
    return { spec: { ...usage.spec }, project, retryAfterMillis };
  }
}
