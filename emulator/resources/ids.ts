import { invalidField, missingField } from "../errors/catalogue";

/** AIP-122 resource IDs: lower-case letters, digits and hyphens, starting with a letter, at most 63. */
export const RESOURCE_ID_PATTERN = /^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;

export function requireResourceId(field: string, value: string): string {
  if (!value) throw missingField(field, `"my-${field.replace(/_id$/, "")}"`);
  if (!RESOURCE_ID_PATTERN.test(value)) {
    throw invalidField(
      field,
      `Field \`${field}\` is "${value}", which is not a valid resource ID.`,
      "Use 1-63 lower-case letters, digits or hyphens, starting with a letter and not ending with a hyphen " +
        "(pattern ^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$).",
    );
  }
  return value;
}
