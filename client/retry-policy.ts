import { status as Status } from "@grpc/grpc-js";

/**
 * How one logical call is retried. Delays grow by `delayMultiplier` from `initialDelayMillis` up to
 * `maxDelayMillis`; each wait is drawn uniformly from [delay / 2, delay] so clients that failed together do
 * not retry together. No attempt starts after `totalTimeoutMillis`, and no attempt runs longer than
 * `attemptTimeoutMillis` (a hung attempt ends as DEADLINE_EXCEEDED and is retried like any other).
 *
 * A quota's refusal (RESOURCE_EXHAUSTED) is waited out differently: for as long as its RetryInfo asks (or the
 * backoff above, when it sends none), and that time is bounded by `quotaTimeoutMillis` instead of counting
 * against `totalTimeoutMillis`: a call that waits its turn under a quota has not failed. The provider sets
 * `quotaTimeoutMillis` to the resource's own timeout.
 */
export interface RetrySettings {
  initialDelayMillis: number;
  delayMultiplier: number;
  maxDelayMillis: number;
  attemptTimeoutMillis: number;
  totalTimeoutMillis: number;
  quotaTimeoutMillis: number;
}

/**
 * How an operation is waited for. With a server that serves WaitOperation, each wait asks it to hold the
 * answer for up to `waitTimeoutMillis`, so the result returns as soon as the operation finishes. Otherwise
 * (the server answers UNIMPLEMENTED, or `waitTimeoutMillis` is 0) the client polls: the first GetOperation
 * comes `initialDelayMillis` after the call that started it, later ones grow by `delayMultiplier` up to
 * `maxDelayMillis`. Either way waiting gives up after `totalTimeoutMillis` (the operation keeps running on
 * the server; resume it by name).
 */
export interface PollingSettings {
  waitTimeoutMillis: number;
  initialDelayMillis: number;
  delayMultiplier: number;
  maxDelayMillis: number;
  totalTimeoutMillis: number;
}

/** Reads are retried on every transient code. */
export const READ_RETRYABLE_CODES: readonly Status[] = [
  Status.UNAVAILABLE,
  Status.RESOURCE_EXHAUSTED,
  Status.DEADLINE_EXCEEDED,
  Status.ABORTED,
];

/**
 * Mutations are retried only where the server did not decide anything final. They are safe to resend because
 * each carries one `request_id` for all its attempts, which the server de-duplicates (AIP-155). ABORTED is
 * left out: it reports a conflict the caller should look at, not a lost request.
 */
export const MUTATION_RETRYABLE_CODES: readonly Status[] = [
  Status.UNAVAILABLE,
  Status.RESOURCE_EXHAUSTED,
  Status.DEADLINE_EXCEEDED,
];

export const DEFAULT_RETRY_SETTINGS: Readonly<RetrySettings> = {
  initialDelayMillis: 100,
  delayMultiplier: 2,
  maxDelayMillis: 10_000,
  attemptTimeoutMillis: 30_000,
  totalTimeoutMillis: 120_000,
  // As long as the provider's default update and delete timeouts: a fleet under a per-minute quota queues
  // for minutes, not seconds.
  quotaTimeoutMillis: 20 * 60_000,
};

/**
 * The first stream of a new project can take about 30 minutes on the real service (cluster initialization),
 * so the default wait is generous; callers with tighter budgets pass their own `totalTimeoutMillis`.
 */
export const DEFAULT_POLLING_SETTINGS: Readonly<PollingSettings> = {
  // Below the default attempt timeout, and short enough that a lost connection is noticed within seconds.
  waitTimeoutMillis: 20_000,
  initialDelayMillis: 500,
  delayMultiplier: 1.5,
  maxDelayMillis: 15_000,
  totalTimeoutMillis: 45 * 60_000,
};

/** Whether an RPC only reads (retried on ABORTED too) or changes state (carries a request_id). */
export type CallKind = "read" | "mutation";

export function retryableCodes(kind: CallKind): readonly Status[] {
  return kind === "read" ? READ_RETRYABLE_CODES : MUTATION_RETRYABLE_CODES;
}

/**
 * The wait before retry number `retry` (0 for the first retry), before jitter:
 * `min(maxDelayMillis, initialDelayMillis * delayMultiplier^retry)`.
 */
export function backoffDelayMillis(
  settings: Pick<RetrySettings, "initialDelayMillis" | "delayMultiplier" | "maxDelayMillis">,
  retry: number,
): number {
  return Math.min(settings.maxDelayMillis, settings.initialDelayMillis * settings.delayMultiplier ** retry);
}

/** Spreads a delay over [delay / 2, delay]; `random` returns a number in [0, 1). */
export function withJitter(delayMillis: number, random: () => number = Math.random): number {
  return delayMillis / 2 + (delayMillis / 2) * random();
}

/** Checks settings from callers; returns the first problem, naming the setting, or undefined. */
export function settingsProblem(settings: Partial<RetrySettings & PollingSettings>): string | undefined {
  for (const [key, value] of Object.entries(settings)) {
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      return `\`${key}\` must be a finite number >= 0, got ${String(value)}`;
    }
    if (key === "delayMultiplier" && value < 1) return `\`delayMultiplier\` must be >= 1, got ${value}`;
  }
  return undefined;
}
