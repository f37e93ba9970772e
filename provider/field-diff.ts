import { isDeepStrictEqual } from "node:util";

/**
 * Absent and default mean the same to the service (proto3 cannot tell an empty string, `false`, 0 or an
 * empty map from an unset field), so a program that drops `labels: {}` must not see a spurious update.
 */
function normalize(value: unknown): unknown {
  if (value === undefined || value === null || value === "" || value === false || value === 0)
    return undefined;
  if (typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0) return undefined;
  return value;
}

/** Whether a value counts as not set: absent, or the default the service cannot tell from absent. */
export function isUnset(value: unknown): boolean {
  return normalize(value) === undefined;
}

/** The fields among `fields` whose values differ between the recorded outputs and the new inputs. */
export function changedFields<T extends object>(
  olds: Partial<T>,
  news: Partial<T>,
  fields: readonly (keyof T & string)[],
): string[] {
  return fields.filter((field) => !isDeepStrictEqual(normalize(olds[field]), normalize(news[field])));
}
