import { kebabCase } from "./field-names";

/**
 * Seed fields that a v1 message lacks (`description` everywhere, `displayName` on Cluster, Event and Series)
 * are kept in the resource's `annotations` under keys with this prefix, so they round-trip through create,
 * get, list and update against the real service unchanged. Programs may not set such keys themselves.
 */
export const RESERVED_ANNOTATION_PREFIX = "pulumi-visionai/";

/** The annotation key holding `field`: `displayName` is kept under `pulumi-visionai/display-name`. */
export function annotationKeyFor(field: string): string {
  return RESERVED_ANNOTATION_PREFIX + kebabCase(field);
}
