import { ApiError, type StatusName } from "./api-error";

/**
 * The errors the emulator raises, one constructor per rule. Each message says what happened, which rule
 * was broken and how to fix it, because client and provider users read these verbatim.
 */

export function invalidField(field: string, problem: string, fix: string): ApiError {
  return new ApiError("INVALID_ARGUMENT", `${problem} ${fix}`, "INVALID_ARGUMENT", [
    { field, description: problem },
  ]);
}

export function missingField(field: string, example: string): ApiError {
  return invalidField(field, `Field \`${field}\` is required but was empty.`, `Set it, e.g. ${example}.`);
}

export function resourceNotFound(kind: string, name: string, fix?: string): ApiError {
  return new ApiError(
    "NOT_FOUND",
    `${kind} "${name}" was not found. ${fix ?? "Check the name, or create it first."}`,
    "RESOURCE_NOT_FOUND",
    [],
    { resource: name, kind },
  );
}

export function alreadyExists(kind: string, name: string): ApiError {
  return new ApiError(
    "ALREADY_EXISTS",
    `${kind} "${name}" already exists. Choose another ID, or update or delete the existing ${kind.toLowerCase()}.`,
    "RESOURCE_ALREADY_EXISTS",
    [],
    { resource: name, kind },
  );
}

export function mutationInFlight(kind: string, name: string, operation: string): ApiError {
  return new ApiError(
    "ABORTED",
    `${kind} "${name}" is being changed by operation "${operation}", which has not finished. ` +
      "Wait for that operation to complete, then retry.",
    "CONCURRENT_MUTATION",
    [],
    { resource: name, operation },
  );
}

export function beingDeleted(kind: string, name: string, operation: string): ApiError {
  return new ApiError(
    "FAILED_PRECONDITION",
    `${kind} "${name}" is being deleted by operation "${operation}", so nothing new can be added to it or ` +
      `refer to it. Wait for the delete to finish and re-create the ${kind.toLowerCase()} first.`,
    "RESOURCE_BEING_DELETED",
    [],
    { resource: name, operation },
  );
}

export function hasDependants(kind: string, name: string, dependants: string[]): ApiError {
  const shown = dependants.slice(0, 5).join(", ") + (dependants.length > 5 ? ", ..." : "");
  return new ApiError(
    "FAILED_PRECONDITION",
    `${kind} "${name}" still has ${dependants.length} dependant resource(s): ${shown}. ` +
      "Delete them first (series before streams and events, everything before the cluster).",
    "RESOURCE_HAS_DEPENDANTS",
    [],
    { resource: name, dependants: String(dependants.length) },
  );
}

export function failedPrecondition(
  message: string,
  reason: string,
  metadata: Record<string, string> = {},
): ApiError {
  return new ApiError("FAILED_PRECONDITION", message, reason, [], metadata);
}

/** An error chosen by a test through the control surface (fault rule or failed operation). */
export function injectedFault(status: StatusName, message: string): ApiError {
  return new ApiError(status, message, "EMULATOR_INJECTED_FAULT");
}

export function internal(message: string): ApiError {
  return new ApiError("INTERNAL", `Emulator internal error: ${message}`, "INTERNAL");
}
