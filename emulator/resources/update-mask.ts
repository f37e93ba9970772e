import { ApiError } from "../errors/api-error";
import { invalidField } from "../errors/catalogue";
import type { RuntimeOptions } from "../options";
import type { EmulatedKind } from "./emulated-kind";
import type { WireResource } from "./wire-resource";

const MAP_FIELDS = ["labels", "annotations"];

/**
 * The input fields an update replaces (AIP-134): the mask's paths, every input field for `*`, or — when
 * the mask is missing or empty — every input field (option "replace-all", as the proto comment says) or
 * an error (option "reject"). Output-only paths and `name` are ignored (AIP-203); unknown paths fail.
 */
export function fieldsToReplace(
  spec: EmulatedKind,
  paths: string[] | undefined,
  missingUpdateMask: RuntimeOptions["missingUpdateMask"],
): string[] {
  if (!paths || paths.length === 0) {
    if (missingUpdateMask === "reject") {
      throw new ApiError(
        "INVALID_ARGUMENT",
        `Field \`update_mask\` is required (this emulator runs with missing-update-mask=reject). ` +
          `List the fields to change, e.g. "labels", or "*" to replace every updatable field.`,
        "INVALID_ARGUMENT",
        [{ field: "update_mask", description: "update_mask is empty" }],
      );
    }
    return [...spec.inputFields];
  }
  const fields = new Set<string>();
  for (const path of paths) {
    if (path === "*") spec.inputFields.forEach((field) => fields.add(field));
    else if (spec.inputFields.includes(path)) fields.add(path);
    else if (path === "name" || spec.outputOnlyFields.includes(path)) continue;
    else throw unknownPath(spec, path);
  }
  return [...fields];
}

function unknownPath(spec: EmulatedKind, path: string): ApiError {
  const mapField = MAP_FIELDS.find((field) => path.startsWith(`${field}.`));
  if (mapField) {
    return invalidField(
      "update_mask",
      `Field \`update_mask\` has the path "${path}", but \`${mapField}\` is replaced as a whole map.`,
      `Use the path "${mapField}" and send the complete map.`,
    );
  }
  return invalidField(
    "update_mask",
    `Field \`update_mask\` has the path "${path}", which is not an updatable field of ${spec.kind}.`,
    `Use snake_case paths from: ${spec.inputFields.join(", ")} (or "*").`,
  );
}

/** `current` with `fields` taken from `incoming` (maps replaced whole; unset messages cleared). */
export function replaceFields(
  current: WireResource,
  incoming: Record<string, unknown>,
  fields: string[],
): WireResource {
  const next: WireResource = { ...current };
  for (const field of fields) next[field] = incoming[field] ?? (MAP_FIELDS.includes(field) ? {} : null);
  return next;
}
