import { beingDeleted, invalidField, missingField, resourceNotFound } from "../errors/catalogue";
import { NAME_PATTERNS, clusterOf } from "../resources/names";
import type { WireResource } from "../resources/wire-resource";
import type { StoredResource } from "../store/resource-store";
import type { HandlerContext } from "./context";

/**
 * A parent or referenced resource whose delete is running is about to vanish: anything created under it
 * now would be deleted with it moments later, even in "reject" mode, so the create is refused instead.
 */
export function requireNotBeingDeleted(stored: StoredResource, context: HandlerContext): void {
  const operation = stored.busyOperation;
  if (operation && context.operations.getAny(operation)?.verb === "delete") {
    throw beingDeleted(stored.kind, stored.body.name, operation);
  }
}

/**
 * Series and channels join one stream and one event of their own cluster: both must be well-formed,
 * in the same cluster, and exist.
 */
export function checkStreamAndEvent(
  resourceField: string,
  resource: WireResource,
  context: HandlerContext,
): void {
  const cluster = clusterOf(resource.name);
  for (const [field, kind, pattern] of [
    ["stream", "Stream", NAME_PATTERNS.stream],
    ["event", "Event", NAME_PATTERNS.event],
  ] as const) {
    const path = `${resourceField}.${field}`;
    const value = typeof resource[field] === "string" ? (resource[field] as string) : "";
    if (!value) throw missingField(path, `"${cluster}/${field}s/my-${field}"`);
    if (!pattern.regex.test(value)) {
      throw invalidField(
        path,
        `Field \`${path}\` has the malformed resource name "${value}".`,
        `It must match "${pattern.text}".`,
      );
    }
    if (clusterOf(value) !== cluster) {
      throw invalidField(
        path,
        `Field \`${path}\` names "${value}", which is not in cluster "${cluster}".`,
        `Use a ${field} of the same cluster, "${cluster}/${field}s/{${field}}".`,
      );
    }
    const referenced = context.resources.get(value);
    if (referenced?.kind !== kind) {
      throw resourceNotFound(kind, value, `Create the ${field} before referencing it in \`${path}\`.`);
    }
    requireNotBeingDeleted(referenced, context);
  }
}
