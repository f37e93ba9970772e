import { runtime } from "@pulumi/pulumi";

/**
 * During a preview, inputs that depend on resources not yet created reach the provider as the engine's
 * "unknown" marker. Validation skips such fields and diff treats them as changed.
 */
export function isUnknown(value: unknown): boolean {
  return value === runtime.unknownValue;
}

/** Top-level input names whose values are not known yet. */
export function unknownFields(inputs: Record<string, unknown>): Set<string> {
  return new Set(Object.keys(inputs).filter((key) => isUnknown(inputs[key])));
}
