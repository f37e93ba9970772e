import { status as Status } from "@grpc/grpc-js";
import { setTimeout as sleep } from "node:timers/promises";
import { VisionAiError, type ErrorContext } from "./errors";
import { processQuotaLimiter, quotaKey, type QuotaLimiter } from "./quota-limiter";
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
  /** Where calls wait for a quota; default the one limiter of this process. */
  limiter?: QuotaLimiter;
}

/**
 * Runs `attempt` until it succeeds, fails with a code that is not retryable for `kind`, or the next wait
 * would end past `totalTimeoutMillis`. Every failure surfaces as a VisionAiError that counts the attempts.
 * The caller builds the request once, so a mutation's request_id is the same on every attempt.
 *
 * A quota's refusal is not a failure of the call: it waits in the process's quota limiter until the time
 * the refusal's RetryInfo names (backoff when it names none), and that waiting counts against
 * `quotaTimeoutMillis` rather than `totalTimeoutMillis`. When it would pass `quotaTimeoutMillis`, the call
 * fails with the quota's own error, saying how long it waited.
 */
export async function callWithRetry<T>(
  attempt: (deadline: Date) => Promise<T>,
  options: RetryingCallOptions,
): Promise<T> {
  const { settings } = options;
  const limiter = options.limiter ?? processQuotaLimiter;
  const key = quotaKey(options.kind, options.context.resourceName);
  const started = Date.now();
  const quotaDeadline = started + settings.quotaTimeoutMillis;
  let quotaWaitMillis = 0;
  let refusals = 0;
  for (let attempts = 1, retry = 0; ; attempts++) {
    const queued = Date.now();
    const ticket = await limiter.acquire(key, quotaDeadline, refusals > 0);
    quotaWaitMillis += Date.now() - queued;
    if (!ticket) throw waitedInVain(limiter, key, { ...options.context, attempts: attempts - 1 }, settings);
    const totalDeadline = started + quotaWaitMillis + settings.totalTimeoutMillis;
    const attemptDeadline = Math.min(Date.now() + settings.attemptTimeoutMillis, totalDeadline);
    try {
      const result = await attempt(new Date(attemptDeadline));
      ticket.admitted();
      return result;
    } catch (error) {
      const failure = VisionAiError.fromCallError(error, { ...options.context, attempts });
      if (failure.code === Status.RESOURCE_EXHAUSTED) {
        const delay =
          failure.retryDelayMillis ?? withJitter(backoffDelayMillis(settings, refusals), options.random);
        refusals += 1;
        ticket.refused(delay, failure);
        if (Date.now() + delay >= quotaDeadline) {
          throw quotaTimedOut(
            failure,
            `The quota admits the next call in ${seconds(delay)}, after the call's quota timeout of ${seconds(settings.quotaTimeoutMillis)} (the resource's timeout) ends`,
          );
        }
        continue;
      }
      ticket.admitted();
      const waitMillis = withJitter(backoffDelayMillis(settings, retry++), options.random);
      const retryable = retryableCodes(options.kind).includes(failure.code);
      if (!retryable) throw failure;
      if (Date.now() + waitMillis >= totalDeadline) {
        throw VisionAiError.fromCallError(error, {
          ...options.context,
          attempts,
          retryBudgetMillis: settings.totalTimeoutMillis,
        });
      }
      await sleep(waitMillis);
    }
  }
}

function seconds(millis: number): string {
  return `${Math.round(millis / 100) / 10} s`;
}

/** The quota's own error, followed by why the call stopped waiting for it and what to do. */
function quotaTimedOut(refusal: VisionAiError, why: string): VisionAiError {
  return new VisionAiError(
    refusal.code,
    `${refusal.serverMessage} ${why}: raise the quota or the timeout, or make fewer calls at once.`,
    {
      method: refusal.method,
      resourceName: refusal.resourceName,
      operationName: refusal.operationName,
      requestId: refusal.requestId,
      attempts: refusal.attempts,
    },
    refusal.statusDetails(),
  );
}

/** A call that queued behind other calls' refusals until its quota timeout, without an attempt of its own. */
function waitedInVain(
  limiter: QuotaLimiter,
  key: string,
  context: ErrorContext,
  settings: RetrySettings,
): VisionAiError {
  const refusal = limiter.lastRefusal(key);
  const own = new VisionAiError(
    Status.RESOURCE_EXHAUSTED,
    refusal?.serverMessage ?? "The quota did not admit the call.",
    context,
    refusal?.statusDetails(),
  );
  const quota = refusal?.errorMetadata.quota_metric ?? "the quota";
  return quotaTimedOut(
    own,
    `The call waited ${seconds(settings.quotaTimeoutMillis)} for ${quota} to admit it, its whole quota timeout (the resource's timeout)`,
  );
}
