import type { EmulatorControl } from "../control/control";
import { invalidField } from "../errors/catalogue";
import type { QuotaUsage } from "./quota-ledger";
import { QUOTA_METRICS, quotaProblem, type QuotaMetric, type QuotaSpec } from "./quota-spec";

type ControlHandler = (request: Record<string, unknown>) => unknown;

function metricField(value: unknown, emptyAllowed: boolean): QuotaMetric | undefined {
  const metric = String(value ?? "");
  if (metric === "" && emptyAllowed) return undefined;
  if (QUOTA_METRICS.includes(metric as QuotaMetric)) return metric as QuotaMetric;
  throw invalidField(
    "metric",
    `Field \`metric\` is "${metric}", which is not a quota metric.`,
    `Use ${QUOTA_METRICS.map((name) => `"${name}"`).join(" or ")}${emptyAllowed ? ", or leave it empty for every quota" : ""}.`,
  );
}

/** A SetQuotaRequest as a spec; a value the quota cannot honour is INVALID_ARGUMENT naming the field. */
function quotaSpecFields(request: Record<string, unknown>): QuotaSpec {
  const spec: QuotaSpec = {
    metric: metricField(request.metric, false)!,
    limit: Number(request.limit ?? 0),
    periodMillis: Number(request.period_ms ?? 0),
  };
  const problem = quotaProblem(spec);
  if (problem) {
    const field = problem.startsWith("the period") ? "period_ms" : "limit";
    throw invalidField(field, `Field \`${field}\`: ${problem}.`, "Send a limit >= 0 and a period_ms >= 1.");
  }
  return spec;
}

function wireUsage(usage: QuotaUsage): Record<string, unknown> {
  return {
    metric: usage.spec.metric,
    limit: usage.spec.limit,
    period_ms: usage.spec.periodMillis,
    admitted: usage.admitted,
    refused: usage.refused,
  };
}

/** The quota RPCs of the EmulatorControl service, keyed by RPC name. */
export function quotaControlHandlers(control: EmulatorControl): Record<string, ControlHandler> {
  return {
    SetQuota: (request) => wireUsage(control.setQuota(quotaSpecFields(request))),
    ClearQuotas: (request) => {
      control.clearQuotas(metricField(request.metric, true));
      return {};
    },
    ListQuotas: () => ({ quotas: control.quotas().map(wireUsage) }),
  };
}
