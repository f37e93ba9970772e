import { ApiError } from "../errors/api-error";
import type { QuotaRefusal } from "./quota-ledger";
import { QUOTA_SERVICE, quotaNames } from "./quota-names";

/** Google reports quota errors in its platform-wide domain, not the service's own. */
export const QUOTA_ERROR_DOMAIN = "googleapis.com";
export const RATE_LIMIT_EXCEEDED = "RATE_LIMIT_EXCEEDED";
const QUOTA_INCREASE_URL = "https://cloud.google.com/docs/quotas/help/request_increase";

/** google.protobuf.Duration for a delay, rounded up to whole milliseconds so a client never retries early. */
function duration(millis: number): { seconds: number; nanos: number } {
  const whole = Math.max(0, Math.ceil(millis));
  return { seconds: Math.floor(whole / 1000), nanos: (whole % 1000) * 1_000_000 };
}

/**
 * RESOURCE_EXHAUSTED as Google's APIs send it beyond a rate quota: the message names the metric, the limit,
 * the service and the consumer; ErrorInfo (reason RATE_LIMIT_EXCEEDED, domain googleapis.com) carries the
 * same in its metadata; QuotaFailure names the violated quota; RetryInfo says when the quota admits the
 * next call; Help links to the quota increase page.
 */
export function quotaExceeded(refusal: QuotaRefusal): ApiError {
  const names = quotaNames(refusal.spec);
  const consumer = `projects/${refusal.project}`;
  const message =
    `Quota exceeded for quota metric '${names.metricDisplayName}' and limit '${names.limitDisplayName}' ` +
    `of service '${QUOTA_SERVICE}' for consumer '${consumer}'.`;
  const metadata = {
    service: QUOTA_SERVICE,
    consumer,
    quota_metric: names.metric,
    quota_limit: names.limitId,
    quota_limit_value: String(refusal.spec.limit),
    quota_location: "global",
  };
  return new ApiError("RESOURCE_EXHAUSTED", message, RATE_LIMIT_EXCEEDED, [], metadata, QUOTA_ERROR_DOMAIN, [
    {
      typeName: "google.rpc.QuotaFailure",
      message: {
        violations: [
          {
            subject: consumer,
            description: message,
            api_service: QUOTA_SERVICE,
            quota_metric: names.metric,
            quota_id: names.limitId,
            quota_value: refusal.spec.limit,
          },
        ],
      },
    },
    { typeName: "google.rpc.RetryInfo", message: { retry_delay: duration(refusal.retryAfterMillis) } },
    {
      typeName: "google.rpc.Help",
      message: { links: [{ description: "Request a higher quota limit.", url: QUOTA_INCREASE_URL }] },
    },
  ]);
}
