import type { FilterSchema } from "./fields";
import type { FilterNode } from "./parser";

/**
 * Text that a resource's stored JSON must contain for `tree` to match it, found without parsing it: for
 * every `map.key = "value"` (no wildcard) that the filter ANDs at its top, the JSON string `"value"`.
 * Map entries (labels, annotations) are stored verbatim in the resource's JSON, written by JSON.stringify,
 * so an entry equal to `value` appears there as exactly JSON.stringify(value). A List that reads rows one
 * by one skips a row lacking any of these texts before parsing it; the filter still decides for the rest.
 * Anything else (OR, NOT, other comparisons, other fields) requires nothing.
 */
export function requiredTexts(tree: FilterNode | undefined, schema: FilterSchema): string[] {
  if (!tree) return [];
  switch (tree.kind) {
    case "and":
      return tree.children.flatMap((child) => requiredTexts(child, schema));
    case "compare": {
      const [fieldName, ...key] = tree.path.split(".");
      const isMapEntry = schema.fields[fieldName!]?.type === "map" && key.length > 0;
      const exactEquality = tree.comparator === "=" && !tree.value.includes("*");
      return isMapEntry && exactEquality ? [JSON.stringify(tree.value)] : [];
    }
    default:
      return [];
  }
}
