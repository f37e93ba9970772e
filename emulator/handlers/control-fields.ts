import type { StatusName } from "../errors/api-error";
import { invalidField } from "../errors/catalogue";
import { FAULT_PHASES, type FaultPhase, type FaultRuleInput } from "../control/faults";
import { MAX_FAULT_SEED } from "../control/seeded-random";
import { optionProblem, type RuntimeOptions } from "../options";
import { isStatusName } from "../transport/status";
import { HANDLERS } from "./table";

/**
 * Reading EmulatorControl requests. A value the control surface cannot honour fails with
 * INVALID_ARGUMENT naming the field, rather than being clamped into a rule or option that silently does
 * something other than what the test asked for.
 */

export function statusNameField(field: string, value: unknown): StatusName | undefined {
  if (value === undefined || value === "") return undefined;
  const name = String(value).toUpperCase();
  if (name === "OK" || !isStatusName(name)) {
    throw invalidField(
      field,
      `Field \`${field}\` is "${String(value)}", which is not a gRPC status name.`,
      'Use a name such as "UNAVAILABLE" or "INTERNAL".',
    );
  }
  return name;
}

/** Every RPC a fault rule can name: a misspelt name would otherwise make a rule that never fires. */
const FAULTABLE_METHODS = new Set(Object.values(HANDLERS).flatMap((service) => Object.keys(service)));

function faultMethodField(value: unknown): string {
  const method = String(value ?? "");
  if (method === "" || method === "*" || FAULTABLE_METHODS.has(method)) return method;
  throw invalidField(
    "method",
    `Field \`method\` is "${method}", which is not a StreamsService or Operations RPC.`,
    `Use "*" for every RPC or one of: ${[...FAULTABLE_METHODS].sort().join(", ")}.`,
  );
}

export function nonNegativeIntegerField(field: string, value: unknown, meaning: string): number {
  const number = Number(value ?? 0);
  if (!Number.isInteger(number) || number < 0) {
    throw invalidField(
      field,
      `Field \`${field}\` is ${String(value)}, but it must be a whole number >= 0.`,
      `Use 0 for ${meaning}.`,
    );
  }
  return number;
}

function probabilityField(value: unknown): number {
  const probability = Number(value ?? 0);
  if (!(probability >= 0 && probability <= 1)) {
    throw invalidField(
      "probability",
      `Field \`probability\` is ${String(value)}, but a chance must lie between 0 and 1.`,
      "Use a value in (0, 1], or 0 for every matching call.",
    );
  }
  return probability;
}

/** proto-loader hands an enum number the proto does not define through as a number. */
function faultPhaseField(value: unknown): FaultPhase {
  if (value === undefined || value === null || value === "" || value === "FAULT_PHASE_UNSPECIFIED") {
    return "BEFORE";
  }
  if (FAULT_PHASES.includes(value as FaultPhase)) return value as FaultPhase;
  throw invalidField(
    "phase",
    `Field \`phase\` is ${JSON.stringify(value)}, which is not a FaultPhase.`,
    "Use BEFORE (fail the call unhandled, the default) or AFTER (apply the call, then replace its response).",
  );
}

/** An AddFaultRequest as a fault rule; a rule with neither `code` nor `latency_ms` would do nothing. */
export function faultRuleFields(request: Record<string, unknown>): FaultRuleInput {
  const rule: FaultRuleInput = {
    method: faultMethodField(request.method),
    code: statusNameField("code", request.code),
    message: String(request.message ?? ""),
    probability: probabilityField(request.probability),
    count: nonNegativeIntegerField("count", request.count, "a rule that never expires"),
    latencyMillis: nonNegativeIntegerField("latency_ms", request.latency_ms, "no added latency"),
    phase: faultPhaseField(request.phase),
  };
  if (!rule.code && !rule.latencyMillis) {
    throw invalidField(
      "code",
      "Field `code` is empty and `latency_ms` is 0, so the fault rule would change nothing.",
      'Set `code` (e.g. "UNAVAILABLE") to fail calls, `latency_ms` to slow them down, or both.',
    );
  }
  return rule;
}

/** A SeedFaultsRequest's seed: proto-loader hands a uint32 through as a number. */
export function faultSeedField(value: unknown): number {
  const seed = Number(value ?? 0);
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_FAULT_SEED) {
    throw invalidField(
      "seed",
      `Field \`seed\` is ${String(value)}, but a fault seed is a whole number from 0 to ${MAX_FAULT_SEED}.`,
      "Use the seed a run printed to replay its faults, or any other number in range.",
    );
  }
  return seed;
}

const OPTION_FIELDS = {
  operation_delay_ms: "operationDelayMillis",
  hls_token_ttl_seconds: "hlsTokenTtlSeconds",
  delete_with_dependants: "deleteWithDependants",
  missing_update_mask: "missingUpdateMask",
} as const satisfies Record<string, keyof RuntimeOptions>;

/** A SetOptionsRequest as option changes; unset fields are left out, so they keep their value. */
export function optionChangeFields(request: Record<string, unknown>): Partial<RuntimeOptions> {
  const changes: Record<string, unknown> = {};
  for (const [field, option] of Object.entries(OPTION_FIELDS)) {
    const value = request[field];
    if (value !== undefined && value !== null) changes[option] = value;
  }
  const problem = optionProblem(changes);
  if (problem) {
    // The BadRequest names the wire field that is wrong, not the option behind it.
    const field = Object.entries(OPTION_FIELDS).find(([, option]) => option === problem.option)![0];
    throw invalidField(
      field,
      `Field \`${field}\` is ${JSON.stringify(changes[problem.option])}: ${problem.problem}.`,
      "Send a valid value, or leave the field unset to keep the current one.",
    );
  }
  return changes as Partial<RuntimeOptions>;
}

export function wireOptions(options: RuntimeOptions): Record<string, unknown> {
  return Object.fromEntries(Object.entries(OPTION_FIELDS).map(([field, option]) => [field, options[option]]));
}
