import { randomUUID } from "node:crypto";
import type { ErrorContext } from "./errors";
import type { KindMapping } from "./mapping/kind-mapping";
import type { Operation } from "./operation";
import { allItems, type Page } from "./paging";
import { parseName, type NameKind } from "./resource-names";
import { prepare, type CallOptions, type Rpc } from "./rpc";
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

/** RPC and field names of one kind on the wire. */
export interface KindRpcNames {
  /** "Cluster" gives GetCluster, CreateCluster, UpdateCluster, DeleteCluster. */
  singular: string;
  /** "Clusters" gives ListClusters. */
  plural: string;
  /** Collection segment of names, also the list response field holding the items, e.g. "clusters". */
  collection: string;
  /** Field of create and update requests holding the resource, e.g. "cluster". */
  bodyField: string;
  /** Field of the create request holding the new id, e.g. "clusterId". */
  idField: string;
  /** Kind of the parent name, e.g. "location" for clusters. */
  parentKind: NameKind;
}

/**
 * List, get, create, update and delete for one kind, built from its mapping and wire names, so all four kinds
 * behave the same way. Arguments are checked before anything is sent; failures are VisionAiErrors.
 */
export class ResourceCalls<Resource, Input extends { name?: string }, Wire> {
  constructor(
    private readonly rpc: Rpc,
    private readonly mapping: KindMapping<Resource, Input, Wire>,
    private readonly names: KindRpcNames,
  ) {}

  async listPage(request: ListRequest, options?: CallOptions): Promise<Page<Resource>> {
    const method = `List${this.names.plural}`;
    const context = { method, resourceName: request.parent };
    prepare(context, () => checkName(this.names.parentKind, request.parent, "parent"));
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
    const items = (response[this.names.collection] as Wire[] | undefined) ?? [];
    return {
      items: items.map((wire) => this.mapping.fromWire(wire)),
      nextPageToken: String(response.nextPageToken ?? ""),
    };
  }

  list(request: ListRequest, options?: CallOptions): AsyncIterable<Resource> {
    return allItems(
      (pageToken) => this.listPage({ ...request, pageToken }, options),
      request.pageToken ?? "",
    );
  }

  async get(name: string, options?: CallOptions): Promise<Resource> {
    const method = `Get${this.names.singular}`;
    const context = { method, resourceName: name };
    prepare(context, () => checkName(this.mapping.nameKind, name, "name"));
    const call = { method, kind: "read" as const, request: { name }, routing: { name }, context };
    return this.mapping.fromWire(await this.rpc.call<Wire>(call, options));
  }

  create(
    parent: string,
    id: string,
    input: Input,
    requestId?: string,
    options?: CallOptions,
  ): Promise<Operation<Resource>> {
    const method = `Create${this.names.singular}`;
    const context = {
      method,
      resourceName: `${parent}/${this.names.collection}/${id}`,
      requestId: requestId ?? randomUUID(),
    };
    const body = prepare(context, () => {
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
    input: Input,
    updateMask: UpdateMaskInput | undefined,
    requestId?: string,
    options?: CallOptions,
  ): Promise<Operation<Resource>> {
    const method = `Update${this.names.singular}`;
    const name = input.name ?? "";
    const context = { method, resourceName: name, requestId: requestId ?? randomUUID() };
    const plan = prepare(context, () => {
      checkName(this.mapping.nameKind, name, `${this.names.bodyField}.name`);
      return planUpdate(this.mapping as KindMapping<unknown, unknown, unknown>, updateMask);
    });
    const source = plan.needsCurrentAnnotations
      ? await this.mergedWithCurrent(input, plan.namedFields, options)
      : input;
    const body = prepare(context, () => this.mapping.toWire({ ...source, name }));
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
    prepare(context, () => checkName(this.mapping.nameKind, name, "name"));
    const request = { name, requestId: context.requestId };
    return this.rpc.startOperation(
      { method, kind: "mutation", request, routing: { name }, context },
      options,
    );
  }

  /** The current resource with the caller's values for the named fields laid over it. */
  private async mergedWithCurrent(
    input: Input,
    namedFields: string[],
    options?: CallOptions,
  ): Promise<Input> {
    const current = (await this.get(input.name ?? "", options)) as unknown as Record<string, unknown>;
    const merged: Record<string, unknown> = { ...current };
    for (const field of namedFields) merged[field] = (input as Record<string, unknown>)[field];
    return merged as Input;
  }
}

/** Throws (for `prepare`) unless `value` is a name of `kind`; the message names the argument and the bad segment. */
export function checkName(kind: NameKind, value: string, argument: string): void {
  try {
    parseName(kind, value);
  } catch (error) {
    const problem = (error as { serverMessage?: string }).serverMessage ?? String(error);
    throw new Error(`\`${argument}\`: ${problem}`, { cause: error });
  }
}

/** Throws (for `prepare`) unless `id` can be the last segment of a name. */
export function checkId(id: string, argument: string): void {
  if (typeof id !== "string" || id === "" || id.includes("/")) {
    throw new Error(`\`${argument}\` must be a non-empty id without "/", got ${JSON.stringify(id)}`);
  }
}
