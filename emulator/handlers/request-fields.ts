import { missingField } from "../errors/catalogue";

/** A string field of a request ("" when unset). */
export function stringField(request: Record<string, unknown>, field: string): string {
  const value = request[field];
  return typeof value === "string" ? value : "";
}

/** A required message field of a request. */
export function messageField(
  request: Record<string, unknown>,
  field: string,
  example: string,
): Record<string, unknown> {
  const value = request[field];
  if (value === null || value === undefined || typeof value !== "object") throw missingField(field, example);
  return value as Record<string, unknown>;
}

/** The paths of a google.protobuf.FieldMask field, or undefined when the mask is absent. */
export function maskPaths(request: Record<string, unknown>, field = "update_mask"): string[] | undefined {
  const mask = request[field] as { paths?: string[] } | null | undefined;
  return mask?.paths ?? undefined;
}
