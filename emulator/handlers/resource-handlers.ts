import { alreadyExists, hasDependants, mutationInFlight, resourceNotFound } from "../errors/catalogue";
import { compileListQuery } from "../listing/list-query";
import { pageInNameOrder } from "../listing/name-order-page";
import { paginate } from "../listing/paginate";
import { PageTokens } from "../listing/page-token";
import type { EmulatedKind } from "../resources/emulated-kind";
import { NAME_PATTERNS, locationOf, requireName } from "../resources/names";
import { requireResourceId } from "../resources/ids";
import { fieldsToReplace, replaceFields } from "../resources/update-mask";
import { timestampFromMillis, type WireResource } from "../resources/wire-resource";
import type { StoredResource } from "../store/resource-store";
import type { Handler, HandlerContext } from "./context";
import { runMutation } from "./long-running";
import { requireNotBeingDeleted } from "./references";
import { maskPaths, messageField, stringField } from "./request-fields";

/** The stored resource of `spec.kind` named `name`, or NOT_FOUND. */
export function findResource(
  spec: Pick<EmulatedKind, "kind">,
  name: string,
  context: HandlerContext,
): StoredResource {
  const stored = context.resources.get(name);
  if (!stored || stored.kind !== spec.kind) throw resourceNotFound(spec.kind, name);
  return stored;
}

/** The parent of a new or listed resource: any location exists; a cluster must have been created. */
function requireParent(spec: EmulatedKind, parent: string, context: HandlerContext): void {
  if (spec.parentPattern !== NAME_PATTERNS.cluster) return;
  const stored = context.resources.get(parent);
  if (!stored || stored.kind !== "Cluster") {
    throw resourceNotFound("Cluster", parent, `Create the cluster before its ${spec.plural.toLowerCase()}.`);
  }
  requireNotBeingDeleted(stored, context);
}

function pickInputFields(spec: EmulatedKind, input: Record<string, unknown>): Record<string, unknown> {
  const picked: Record<string, unknown> = spec.inputDefaults();
  for (const field of spec.inputFields) {
    if (input[field] !== undefined && input[field] !== null) picked[field] = input[field];
  }
  return picked;
}

function exampleName(spec: EmulatedKind): string {
  return `{ name: "${spec.namePattern.example}" }`;
}

/** Create (and MaterializeChannel): the resource is visible at once, while its operation runs. */
export function createHandler(spec: EmulatedKind, method = `Create${spec.kind}`, verb = "create"): Handler {
  return (request, context) =>
    runMutation(method, request, context, () => {
      const parent = requireName("parent", stringField(request, "parent"), spec.parentPattern);
      const id = requireResourceId(spec.idField, stringField(request, spec.idField));
      const input = messageField(request, spec.resourceField, `{ labels: {} }`);
      requireParent(spec, parent, context);
      const name = `${parent}/${spec.collection}/${id}`;
      if (context.resources.get(name)) throw alreadyExists(spec.kind, name);
      const now = timestampFromMillis(context.clock.now());
      const body: WireResource = {
        ...pickInputFields(spec, input),
        name,
        create_time: now,
        update_time: now,
      } as WireResource;
      Object.assign(body, spec.initialOutput?.(body));
      spec.checkReferences?.(body, context);
      context.resources.insert(spec.kind, parent, body, undefined);
      return {
        method,
        verb,
        target: name,
        location: locationOf(name),
        plan: { type: "create", kind: spec.kind, name },
      };
    });
}

function getHandler(spec: EmulatedKind): Handler {
  return (request, context) => {
    const name = requireName("name", stringField(request, "name"), spec.namePattern);
    return findResource(spec, name, context).body;
  };
}

function updateHandler(spec: EmulatedKind): Handler {
  const method = `Update${spec.kind}`;
  return (request, context) =>
    runMutation(method, request, context, () => {
      const input = messageField(request, spec.resourceField, exampleName(spec));
      const field = `${spec.resourceField}.name`;
      const name = requireName(field, typeof input.name === "string" ? input.name : "", spec.namePattern);
      const fields = fieldsToReplace(spec, maskPaths(request), context.options.missingUpdateMask);
      const stored = findResource(spec, name, context);
      if (stored.busyOperation) throw mutationInFlight(spec.kind, name, stored.busyOperation);
      const body = replaceFields(stored.body, input, fields);
      spec.checkReferences?.(body, context);
      return {
        method,
        verb: "update",
        target: name,
        location: locationOf(name),
        plan: { type: "update", kind: spec.kind, name, body },
      };
    });
}

function deleteHandler(spec: EmulatedKind): Handler {
  const method = `Delete${spec.kind}`;
  return (request, context) =>
    runMutation(method, request, context, () => {
      const name = requireName("name", stringField(request, "name"), spec.namePattern);
      const stored = findResource(spec, name, context);
      if (stored.busyOperation) throw mutationInFlight(spec.kind, name, stored.busyOperation);
      const dependants = spec.dependants(name, context);
      if (dependants.length > 0 && context.options.deleteWithDependants === "reject") {
        throw hasDependants(spec.kind, name, dependants);
      }
      return {
        method,
        verb: "delete",
        target: name,
        location: locationOf(name),
        plan: { type: "delete", kind: spec.kind, name },
      };
    });
}

function* bodies(stored: Iterable<StoredResource>): Generator<WireResource> {
  for (const resource of stored) yield resource.body;
}

function listHandler(spec: EmulatedKind): Handler {
  return (request, context) => {
    const parent = requireName("parent", stringField(request, "parent"), spec.parentPattern);
    const filter = stringField(request, "filter");
    const orderBy = stringField(request, "order_by");
    const query = compileListQuery(spec.filterFields, filter, orderBy);
    requireParent(spec, parent, context);
    const paging = {
      queryParts: [spec.kind, parent, filter, orderBy],
      pageSize: Number(request.page_size ?? 0),
      pageToken: stringField(request, "page_token"),
    };
    const tokens = new PageTokens(context.settings.secret("page-token"));
    // In name order a page is read straight from the store's name index; any other order needs every
    // matching resource first.
    const page = query.byNameOnly
      ? pageInNameOrder(
          {
            ...paging,
            itemsAfter: (name) =>
              bodies(context.resources.inNameOrderAfter(parent, spec.kind, name, query.mayMatchStored)),
            matches: query.matches,
          },
          tokens,
        )
      : paginate(
          {
            ...paging,
            items: context.resources
              .list(parent, spec.kind)
              .map((stored) => stored.body)
              .filter(query.matches),
            keyOf: query.keyOf,
            compare: query.compare,
          },
          tokens,
        );
    return { [spec.listField]: page.items, next_page_token: page.nextPageToken, unreachable: [] };
  };
}

/** The five standard RPCs of a kind, keyed by RPC name (e.g. ListClusters ... DeleteCluster). */
export function resourceHandlers(spec: EmulatedKind): Record<string, Handler> {
  return {
    [`List${spec.plural}`]: listHandler(spec),
    [`Get${spec.kind}`]: getHandler(spec),
    [`Create${spec.kind}`]: createHandler(spec),
    [`Update${spec.kind}`]: updateHandler(spec),
    [`Delete${spec.kind}`]: deleteHandler(spec),
  };
}
