import { randomUUID } from "node:crypto";
import type { ErrorContext } from "./errors";
import type { ClientInputOf, ClientResourceOf, KindTable } from "../kinds";
import type { KindMapping } from "./mapping/kind-mapping";
import type { KindRpcNames } from "./mapping/kind-mappings";
import type { Operation } from "./operation";
import { allItems, type Page } from "./paging";
import { parseName, type NameKind } from "./resource-names";
import { checkArguments, type CallOptions, type Rpc } from "./rpc";
import { planUpdate, type UpdateMaskInput } from "./update-mask";

/** `{ parent, pageSize, pageToken, filter, orderBy }`: the seed's list parameters. */
export interface ListRequest {
  parent: string;
  pageSize?: number;
  pageToken?: string;
  /** Passed to the server unchanged, e.g. `labels.priority="high"`. */
  filter?: string;
  /** Passed to the server unchanged, e.g. `create_time desc`. */
  orderBy?: string;
}

/**
 * List, get, create, update and delete for one kind, built from its mapping and wire names, so every kind
 * behaves the same way. Only the calls the kind's capabilities allow exist on the service (a channel has
 * only its create, MaterializeChannel). Arguments are checked before anything is sent; failures are
 * VisionAiErrors.
 */
export class ResourceCalls<T extends KindTable> {
  constructor(
    private readonly rpc: Rpc,
    private readonly mapping: KindMapping<T>,
    private readonly names: KindRpcNames,
  ) {}

  async listPage(request: ListRequest, options?: CallOptions): Promise<Page<ClientResourceOf<T>>> {
    const method = `List${this.names.plural}`;
    const context = { method, resourceName: request.parent };
    checkArguments(context, () => checkName(this.names.parentKind, request.parent, "parent"));
    const wireRequest = {
      parent: request.parent,
      pageSize: request.pageSize ?? 0,
      pageToken: request.pageToken ?? "",
      filter: request.filter ?? "",
      orderBy: request.orderBy ?? "",
    };
    const call = {
      method,
      kind: "read" as const,
      request: wireRequest,
      routing: { parent: request.parent },
      context,
    };
    const response = await this.rpc.call<Record<string, unknown>>(call, options);
    const items = (response[this.names.collection] as Record<string, unknown>[] | undefined) ?? [];
    return {
      items: items.map((wire) => this.mapping.fromWire(wire)),
      nextPageToken: String(response.nextPageToken ?? ""),
    };
  }

  list(request: ListRequest, options?: CallOptions): AsyncIterable<ClientResourceOf<T>> {
    return allItems(
      (pageToken) => this.listPage({ ...request, pageToken }, options),
      request.pageToken ?? "",
    );
  }

  async get(name: string, options?: CallOptions): Promise<ClientResourceOf<T>> {
    const method = `Get${this.names.singular}`;
    const context = { method, resourceName: name };
    checkArguments(context, () => checkName(this.mapping.table.nameKind, name, "name"));
    const call = { method, kind: "read" as const, request: { name }, routing: { name }, context };
    return this.mapping.fromWire(await this.rpc.call<Record<string, unknown>>(call, options));
  }

  create(
    parent: string,
    id: string,
    input: ClientInputOf<T>,
    requestId?: string,
    options?: CallOptions,
  ): Promise<Operation<ClientResourceOf<T>>> {
    const method = this.names.createRpc;
    const context = {
      method,
      resourceName: `${parent}/${this.names.collection}/${id}`,
      requestId: requestId ?? randomUUID(),
    };
    const body = checkArguments(context, () => {
      checkName(this.names.parentKind, parent, "parent");
      checkId(id, this.names.idField);
      return this.mapping.toWire(input);
    });
    const request = {
      parent,
      [this.names.idField]: id,
      [this.names.bodyField]: body,
      requestId: context.requestId,
    };
    return this.rpc.startOperation(
      { method, kind: "mutation", request, routing: { parent }, context },
      options,
    );
  }

  /**
   * Sends the fields the mask names (all updatable fields when it is left out). When the mask names only
   * some of the fields kept in annotations (user annotations, and seed fields v1 lacks), the current resource
   * is read first so the others keep their values: a read-modify-write, not atomic against concurrent writers.
   */
  async update(
    input: ClientInputOf<T> & { name?: string },
    updateMask: UpdateMaskInput | undefined,
    requestId?: string,
    options?: CallOptions,
  ): Promise<Operation<ClientResourceOf<T>>> {
    const method = `Update${this.names.singular}`;
    const name = input.name ?? "";
    const context = { method, resourceName: name, requestId: requestId ?? randomUUID() };
    const plan = checkArguments(context, () => {
      checkName(this.mapping.table.nameKind, name, `${this.names.bodyField}.name`);
      return planUpdate(this.mapping, updateMask);
    });
    const source = plan.needsCurrentAnnotations
      ? await this.mergedWithCurrent(input, plan.namedFields, options)
      : input;
    const body = checkArguments(context, () => this.mapping.toWire({ ...source, name }));
    const request = {
      [this.names.bodyField]: body,
      updateMask: { paths: plan.wirePaths },
      requestId: context.requestId,
    };
    const routing = { [`${this.names.bodyField}.name`]: name };
    return this.rpc.startOperation({ method, kind: "mutation", request, routing, context }, options);
  }

  delete(name: string, requestId?: string, options?: CallOptions): Promise<Operation<undefined>> {
    const method = `Delete${this.names.singular}`;
    const context: ErrorContext = { method, resourceName: name, requestId: requestId ?? randomUUID() };
    checkArguments(context, () => checkName(this.mapping.table.nameKind, name, "name"));
    const request = { name, requestId: context.requestId };
    return this.rpc.startOperation(
      { method, kind: "mutation", request, routing: { name }, context },
      options,
    );
  }

  /** The current resource with the caller's values for the named fields laid over it. */
  private async mergedWithCurrent(
    input: ClientInputOf<T>,
    namedFields: string[],
    options?: CallOptions,
  ): Promise<ClientInputOf<T>> {
    const name = (input as { name?: string }).name ?? "";
    const current = (await this.get(name, options)) as Record<string, unknown>;
    const merged: Record<string, unknown> = { ...current };
    for (const field of namedFields) merged[field] = (input as Record<string, unknown>)[field];
    return merged as ClientInputOf<T>;
  }
}

/** Throws (for `checkArguments`) unless `value` is a name of `kind`; the message names the argument and the bad segment. */
export function checkName(kind: NameKind, value: string, argument: string): void {
  try {
    parseName(kind, value);
  } catch (error) {
    const problem = (error as { serverMessage?: string }).serverMessage ?? String(error);
    throw new Error(`\`${argument}\`: ${problem}`, { cause: error });
  }
}

/** Throws (for `checkArguments`) unless `id` can be the last segment of a name. */
function checkId(id: string, argument: string): void {
  if (typeof id !== "string" || id === "" || id.includes("/")) {
    throw new Error(`\`${argument}\` must be a non-empty id without "/", got ${JSON.stringify(id)}`);
  }
}
