/**
 * During a preview, inputs that depend on resources not yet created reach the provider as this sentinel
 * (the engine's "unknown" marker). Validation skips such fields and diff treats them as changed.
 */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

export function isUnknown(value: unknown): boolean {
  return value === UNKNOWN;
}

/** Top-level input names whose values are not known yet. */
export function unknownFields(inputs: Record<string, unknown>): Set<string> {
  return new Set(Object.keys(inputs).filter((key) => isUnknown(inputs[key])));
}
