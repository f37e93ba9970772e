import type { QuotaMetric } from "./quota-spec";

/**
 * Which quota a call counts against, as Google splits an API's requests into mutate and read quotas: the
 * calls that change state (create, update, delete, materialize, and cancelling or deleting an operation)
 * are mutations; everything else (get, list, HLS tokens, thumbnails, operation polling) reads.
 */
const MUTATING_METHOD = /^(Create|Update|Delete|Cancel)[A-Z]|^MaterializeChannel$/;

export function quotaMetricOf(method: string): QuotaMetric {
  return MUTATING_METHOD.test(method) ? "mutations" : "reads";
}

/** The project a call is charged to: the first segment of the resource it addresses, or "" if none. */
export function projectOf(resource: string): string {
  return /^projects\/([^/]+)/.exec(resource)?.[1] ?? "";
}
