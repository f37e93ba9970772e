import { annotationKeyFor } from "./reserved-annotations";

/**
 * The creation marker: which Pulumi resource a Vision AI resource was created for. The SDK passes it as the
 * input below; the provider sends it with create (and update) under the reserved annotation key, and, when
 * a create meets ALREADY_EXISTS, adopts the resource only if its marker names the same Pulumi resource. That
 * is how a run killed between the service's create and Pulumi's checkpoint recovers without orphans and
 * without `adoptExisting`.
 */

/** The input property carrying the identity; engine-reserved style (`__`), so programs never see it. */
export const CREATED_FOR_INPUT = "__createdFor";

/**
 * The client resource field carrying the identity. The client keeps it in `annotations` under its reserved
 * key, as it keeps the fields v1 lacks, so neither programs nor outputs see it among the user's annotations.
 */
export const CREATED_FOR_FIELD = "createdFor";

/** The annotation key holding the identity on the service: `pulumi-visionai/created-for`. */
export const CREATED_FOR_ANNOTATION = annotationKeyFor(CREATED_FOR_FIELD);

/**
 * The identity of one Pulumi resource, stable across runs of the same stack: project, stack, kind and
 * resource name (the parts of its URN a dynamic provider's create can know, since it does not receive the
 * URN itself).
 */
export function creationIdentity(project: string, stack: string, kind: string, resourceName: string): string {
  return `${project}/${stack}/visionai:${kind}/${resourceName}`;
}
