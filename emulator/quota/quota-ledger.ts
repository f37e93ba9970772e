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

/** The calls one project made in the current window of one quota. */
interface QuotaWindow {
  startMillis: number;
  admitted: number;
}

/**
 * Counts calls per metric and project in windows of `periodMillis`, the way a per-minute quota refills
 * every minute: a project's window opens with its first call after the previous one ended, admits `limit`
 * calls, and refuses the rest until it ends. The retry delay is exact: the time until the window ends.
 */
export class QuotaLedger {
  private readonly usage = new Map<QuotaMetric, QuotaUsage>();
  /** The current window, keyed by metric and project. */
  private readonly windows = new Map<string, QuotaWindow>();

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
      for (const windowKey of [...this.windows.keys()]) {
        if (windowKey.startsWith(`${key}|`)) this.windows.delete(windowKey);
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
    let window = this.windows.get(key);
    if (!window || nowMillis >= window.startMillis + periodMillis) {
      window = { startMillis: nowMillis, admitted: 0 };
      this.windows.set(key, window);
    }
    if (window.admitted < limit) {
      window.admitted += 1;
      usage.admitted += 1;
      return undefined;
    }
    usage.refused += 1;
    return {
      spec: { ...usage.spec },
      project,
      retryAfterMillis: window.startMillis + periodMillis - nowMillis,
    };
  }
}
