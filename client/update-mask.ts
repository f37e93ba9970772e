import { camelCase, snakeCase } from "../kinds";
import type { KindMapping } from "./mapping/kind-mapping";

/** An update mask as callers give it: field paths in seed camelCase or wire snake_case, bare or as `{ paths }`. */
export type UpdateMaskInput = readonly string[] | { paths: readonly string[] };

/** The paths of a mask in snake_case, duplicates removed; undefined when no mask was given. */
export function maskPaths(mask: UpdateMaskInput | undefined): string[] | undefined {
  if (mask === undefined) return undefined;
  const paths = Array.isArray(mask) ? mask : (mask as { paths: readonly string[] }).paths;
  return [...new Set(paths.map((path) => snakeCase(path.trim())))];
}

/** What an update sends, worked out from the caller's mask. */
export interface UpdatePlan {
  /** Wire paths: seed-only fields replaced by `annotations`. */
  wirePaths: string[];
  /** Seed-level fields (camelCase) whose values come from the caller; every other field keeps its value. */
  namedFields: string[];
  /** True when `annotations` is sent but the caller did not name every field stored in it. */
  needsCurrentAnnotations: boolean;
}

/**
 * Checks the mask against the kind's updatable fields and maps it to the wire. No mask means every
 * updatable field: the resource takes the given values (absent ones reset to their defaults). Throws a plain
 * Error naming the bad path and the allowed ones.
 */
export function planUpdate(mapping: KindMapping, mask: UpdateMaskInput | undefined): UpdatePlan {
  const paths = maskPaths(mask) ?? [...mapping.updatableFields];
  if (paths.length === 0) throw new Error("`updateMask` names no fields; name at least one, or leave it out");
  for (const path of paths) {
    if (!mapping.updatableFields.includes(path)) {
      const allowed = mapping.updatableFields.map(camelCase).join(", ");
      throw new Error(
        `\`updateMask\` path "${path}" is not an updatable field of ${mapping.table.kind}; use ${allowed}`,
      );
    }
  }
  const annotationHolders = ["annotations", ...mapping.annotationFields.map(snakeCase)];
  const wirePaths = [
    ...new Set(paths.map((path) => (annotationHolders.includes(path) ? "annotations" : path))),
  ];
  const sendsAnnotations = wirePaths.includes("annotations");
  return {
    wirePaths,
    namedFields: paths.map(camelCase),
    needsCurrentAnnotations: sendsAnnotations && !annotationHolders.every((holder) => paths.includes(holder)),
  };
}
