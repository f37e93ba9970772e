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

/** Node timers fire at once for longer delays, and the control proto carries the value as int32. */
const MAX_OPERATION_DELAY_MILLIS = 2_147_483_647;

/** Checks option values from any source (flags, factory, control RPC); returns the problem or undefined. */
export function optionProblem(options: Partial<RuntimeOptions>): string | undefined {
  const { operationDelayMillis, hlsTokenTtlSeconds, deleteWithDependants, missingUpdateMask } = options;
  if (
    operationDelayMillis !== undefined &&
    !(
      Number.isInteger(operationDelayMillis) &&
      operationDelayMillis >= 0 &&
      operationDelayMillis <= MAX_OPERATION_DELAY_MILLIS
    )
  ) {
    return `operation delay must be a whole number of milliseconds from 0 to ${MAX_OPERATION_DELAY_MILLIS}, got ${operationDelayMillis}`;
  }
  if (hlsTokenTtlSeconds !== undefined && !(Number.isInteger(hlsTokenTtlSeconds) && hlsTokenTtlSeconds > 0)) {
    return `HLS token lifetime must be a whole number of seconds > 0, got ${hlsTokenTtlSeconds}`;
  }
  if (deleteWithDependants !== undefined && !["reject", "cascade"].includes(deleteWithDependants)) {
    return `delete-with-dependants must be "reject" or "cascade", got "${deleteWithDependants}"`;
  }
  if (missingUpdateMask !== undefined && !["replace-all", "reject"].includes(missingUpdateMask)) {
    return `missing-update-mask must be "replace-all" or "reject", got "${missingUpdateMask}"`;
  }
  return undefined;
}
