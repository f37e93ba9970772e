import { setTimeout as sleep } from "node:timers/promises";
import { VisionAiError, type ErrorContext } from "./errors";
import {
  backoffDelayMillis,
  retryableCodes,
  withJitter,
  type CallKind,
  type RetrySettings,
} from "./retry-policy";

export interface RetryingCallOptions {
  kind: CallKind;
  settings: RetrySettings;
  /** Names the call in the error thrown when it finally fails. */
  context: ErrorContext;
  /** Source of jitter in [0, 1); injectable so tests can pin delays. */
  random?: () => number;
}

/**
 * Runs `attempt` until it succeeds, fails with a code that is not retryable for `kind`, or the next wait
 * would end past `totalTimeoutMillis`. Every failure surfaces as a VisionAiError that counts the attempts.
 * The caller builds the request once, so a mutation's request_id is the same on every attempt.
 */
export async function callWithRetry<T>(
  attempt: (deadline: Date) => Promise<T>,
  options: RetryingCallOptions,
): Promise<T> {
  const { settings } = options;
  const totalDeadline = Date.now() + settings.totalTimeoutMillis;
  for (let retry = 0; ; retry++) {
    const attemptDeadline = Math.min(Date.now() + settings.attemptTimeoutMillis, totalDeadline);
    try {
      return await attempt(new Date(attemptDeadline));
    } catch (error) {
      const failure = VisionAiError.fromCallError(error, { ...options.context, attempts: retry + 1 });
      const waitMillis = withJitter(backoffDelayMillis(settings, retry), options.random);
      const retryable = retryableCodes(options.kind).includes(failure.code);
      if (!retryable) throw failure;
      if (Date.now() + waitMillis >= totalDeadline) {
        throw VisionAiError.fromCallError(error, {
          ...options.context,
          attempts: retry + 1,
          retryBudgetMillis: settings.totalTimeoutMillis,
        });
      }
      await sleep(waitMillis);
    }
  }
}
