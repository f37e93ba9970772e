/**
 * The targets of the benchmark, as numbers, in one place: the sections mark figures against them and the
 * Targets table checks them.
 */

/** Provider overhead: this package's command time ÷ the no-op floor's, at N = 50 and above. */
export const OVERHEAD_RATIO_TARGET = 1.1;
export const OVERHEAD_TARGET_FROM_N = 50;

/** A finished operation must be noticed within max(100 ms, 5% of its duration), with ≤ 1 call per second. */
export function waitingDelayTargetMillis(durationMillis: number): number {
  return Math.max(100, 0.05 * durationMillis);
}
export const WAITING_CALLS_PER_SECOND_TARGET = 1;

/** Closed-loop Gets at this concurrency, against a bare grpc-js server on the same machine. */
export const FLOOR_CONCURRENCY = 64;
/** The emulator's closed-loop Get throughput, as a share of the bare server's. */
export const FLOOR_THROUGHPUT_SHARE_TARGET = 0.5;
/** Open-loop Gets at this rate must answer with p99 below the target. */
export const OPEN_LOOP_RATE_PER_SECOND = 1_000;
export const OPEN_LOOP_P99_TARGET_MILLIS = 5;

/** A label-filtered List page over the benchmark's series. */
export const FILTERED_LIST_PAGE_TARGET_MILLIS = 50;

export function mark(ok: boolean): string {
  return ok ? "yes" : "**no**";
}
