import type { CommonInputs } from "./kind-spec";

/**
 * The variable segments of a resource name, in order: `projects/p/locations/l/clusters/c` gives
 * `["p", "l", "c"]`. Names come from the service, so their shape is trusted; `collection` is checked only
 * to catch a name of the wrong kind early.
 */
export function nameSegments(name: string, collection: string): string[] {
  const parts = name.split("/");
  if (parts.length < 2 || parts[parts.length - 2] !== collection) {
    throw new Error(`expected a resource name ending in "/${collection}/{id}", got "${name}"`);
  }
  return parts.filter((_, index) => index % 2 === 1);
}

/** Timestamps are kept in state as RFC 3339 strings: stable, readable, and comparable in diffs. */
export function timestamp(value: Date | undefined | null): string {
  return value ? value.toISOString() : "";
}

/** Provider settings are not held by the service: they carry over from the inputs (absent on a bare read). */
export function providerSettings(
  inputs: Partial<CommonInputs> | undefined,
): Pick<CommonInputs, "adoptExisting" | "timeouts"> {
  const settings: Pick<CommonInputs, "adoptExisting" | "timeouts"> = {};
  if (inputs?.adoptExisting !== undefined) settings.adoptExisting = inputs.adoptExisting;
  if (inputs?.timeouts !== undefined) settings.timeouts = inputs.timeouts;
  return settings;
}
