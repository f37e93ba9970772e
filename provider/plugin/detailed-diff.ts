import { fieldsWhere, isInput, type KindTable } from "../../kinds";
import { changedFields, isUnset } from "../field-diff";

/** How one property changes, in the terms of the engine's `PropertyDiff.Kind`. */
export type PropertyChange = "add" | "addReplace" | "delete" | "deleteReplace" | "update" | "updateReplace";

/**
 * The per-property diff the engine shows in `pulumi preview --diff`: every input that differs between the
 * recorded state and the new inputs, marked as forcing a replacement when the core's diff said so. The
 * core decides what changes and what replaces; this only names each change for display.
 */
export function detailedDiff(
  table: KindTable,
  olds: Record<string, unknown>,
  news: Record<string, unknown>,
  replaces: readonly string[],
): Record<string, PropertyChange> {
  const inputs = fieldsWhere(table, isInput);
  return Object.fromEntries(
    changedFields(olds, news, inputs).map((field) => {
      const change = isUnset(olds[field]) ? "add" : isUnset(news[field]) ? "delete" : "update";
      return [field, replaces.includes(field) ? (`${change}Replace` as const) : change];
    }),
  );
}
