/**
 * True for a value proto3 cannot tell from an unset field: undefined, null, "", false, 0, or an empty map.
 * The one emptiness rule: the provider's diff treats such values as absent, and an import leaves them out
 * of the inputs it suggests.
 */
export function isProto3Default(value: unknown): boolean {
  if (value === undefined || value === null || value === "" || value === false || value === 0) return true;
  return typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0;
}
