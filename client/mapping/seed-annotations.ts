/**
 * Where seed fields that v1 lacks are kept: in the resource's `annotations`, under these reserved keys, so
 * they round-trip through create, get, list and update against the real service unchanged.
 */
export const SEED_ANNOTATION_KEYS = {
  displayName: "pulumi-visionai/display-name",
  description: "pulumi-visionai/description",
} as const;

export type SeedField = keyof typeof SEED_ANNOTATION_KEYS;

const RESERVED_PREFIX = "pulumi-visionai/";

/**
 * User annotations plus the kind's seed fields under their reserved keys. An empty or missing seed value
 * stores nothing. Throws when the user's own annotations use a reserved key.
 */
export function packSeedFields(
  annotations: Record<string, string> | undefined,
  values: Partial<Record<SeedField, string>>,
  fields: readonly SeedField[],
): Record<string, string> {
  const packed: Record<string, string> = {};
  for (const [key, value] of Object.entries(annotations ?? {})) {
    if (key.startsWith(RESERVED_PREFIX)) {
      throw new Error(
        `annotation key "${key}" is reserved (keys under "${RESERVED_PREFIX}" hold seed fields)`,
      );
    }
    packed[key] = value;
  }
  for (const field of fields) {
    const value = values[field];
    if (value) packed[SEED_ANNOTATION_KEYS[field]] = value;
  }
  return packed;
}

/** Splits wire annotations into the user's annotations and the kind's seed fields ("" when absent). */
export function unpackSeedFields(
  annotations: Record<string, string> | undefined,
  fields: readonly SeedField[],
): { annotations: Record<string, string>; values: Record<SeedField, string> } {
  const user = { ...(annotations ?? {}) };
  const values: Record<SeedField, string> = { displayName: "", description: "" };
  for (const field of fields) {
    values[field] = user[SEED_ANNOTATION_KEYS[field]] ?? "";
    delete user[SEED_ANNOTATION_KEYS[field]];
  }
  return { annotations: user, values };
}
