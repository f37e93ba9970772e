/** Behaviour a test may change while the emulator runs (control SetOptions, or `startEmulator`). */
export interface RuntimeOptions {
  /** How long a long-running operation runs before it is done; 0 = done in the call that started it. */
  operationDelayMillis: number;
  /** Lifetime of tokens from GenerateStreamHlsToken. */
  hlsTokenTtlSeconds: number;
  /** Deleting a resource that still has dependants: fail with FAILED_PRECONDITION, or delete them too. */
  deleteWithDependants: "reject" | "cascade";
  /** An Update* call without update_mask paths: replace every updatable field, or fail. */
  missingUpdateMask: "replace-all" | "reject";
}

export const DEFAULT_RUNTIME_OPTIONS: RuntimeOptions = {
  operationDelayMillis: 0,
  hlsTokenTtlSeconds: 3600,
  deleteWithDependants: "reject",
  missingUpdateMask: "replace-all",
};

/** Fixed service limits (documented in emulator/README.md). */
export const LIMITS = {
  defaultPageSize: 50,
  maxPageSize: 1000,
  requestIdWindowMillis: 60 * 60 * 1000,
  auditLogCapacity: 10_000,
  waitOperationDefaultMillis: 60_000,
} as const;

/**
 * The largest number an option takes: the control proto carries options as int32, and Node timers fire
 * at once for longer delays.
 */
const MAX_OPTION_NUMBER = 2_147_483_647;

function wholeNumberProblem(
  what: string,
  unit: string,
  zeroAllowed: boolean,
  value: number,
): string | undefined {
  const min = zeroAllowed ? 0 : 1;
  if (Number.isInteger(value) && value >= min && value <= MAX_OPTION_NUMBER) return undefined;
  const range = zeroAllowed ? `from 0 to ${MAX_OPTION_NUMBER}` : `> 0 and at most ${MAX_OPTION_NUMBER}`;
  return `${what} must be a whole number of ${unit} ${range}, got ${value}`;
}

function choiceProblem(what: string, choices: readonly string[], value: string): string | undefined {
  if (choices.includes(value)) return undefined;
  return `${what} must be ${choices.map((choice) => `"${choice}"`).join(" or ")}, got "${value}"`;
}

/** One rule per option, in the order problems are reported. */
const OPTION_RULES: { [K in keyof RuntimeOptions]: (value: RuntimeOptions[K]) => string | undefined } = {
  operationDelayMillis: (value) => wholeNumberProblem("operation delay", "milliseconds", true, value),
  hlsTokenTtlSeconds: (value) => wholeNumberProblem("HLS token lifetime", "seconds", false, value),
  deleteWithDependants: (value) => choiceProblem("delete-with-dependants", ["reject", "cascade"], value),
  missingUpdateMask: (value) => choiceProblem("missing-update-mask", ["replace-all", "reject"], value),
};

export interface OptionProblem {
  option: keyof RuntimeOptions;
  problem: string;
}

/**
 * Checks option values from any source (flags, factory, control RPC): the first option whose value breaks
 * its rule, so each source can report it under its own name for the option, or undefined.
 */
export function optionProblem(options: Partial<RuntimeOptions>): OptionProblem | undefined {
  for (const option of Object.keys(OPTION_RULES) as (keyof RuntimeOptions)[]) {
    const value = options[option];
    if (value === undefined) continue;
    const problem = (OPTION_RULES[option] as (value: unknown) => string | undefined)(value);
    if (problem) return { option, problem };
  }
  return undefined;
}
