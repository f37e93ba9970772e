import type { FilterSchema } from "../filter/fields";
import type { HandlerContext } from "../handlers/context";
import type { NamePattern } from "./names";
import type { WireResource } from "./wire-resource";

/**
 * Everything the generic Create/Get/Update/Delete/List handlers need to know about one resource kind.
 * Each kind's file (handlers/cluster.ts, ...) defines one of these.
 */
export interface KindSpec {
  kind: "Cluster" | "Stream" | "Event" | "Series" | "Channel";
  /** Plural used in RPC names (ListClusters, ListSeries). */
  plural: string;
  /** Name segment of the collection, e.g. "clusters". */
  collection: string;
  /** Fully-qualified proto message name, used for Any type URLs. */
  typeName: string;
  /** The request field holding the resource in Create and Update requests (e.g. "cluster"), and the ID field. */
  resourceField: string;
  idField: string;
  /** The response field of List* (e.g. "clusters"). */
  listField: string;
  namePattern: NamePattern;
  parentPattern: NamePattern;
  /** Fields a client sets: copied on create, replaced by update masks. */
  inputFields: readonly string[];
  /** Output-only fields: ignored in requests (AIP-203) and in update masks. */
  outputOnlyFields: readonly string[];
  /** Values of input fields the request left unset. */
  inputDefaults: () => Record<string, unknown>;
  filterFields: FilterSchema;
  /** Checks references to other resources (series -> stream, event); throws an ApiError. */
  checkReferences?: (resource: WireResource, context: HandlerContext) => void;
  /** Output-only values a new resource starts with while its create operation runs. */
  initialOutput?: (resource: WireResource) => Record<string, unknown>;
  /** Output-only values once its create operation is done. */
  readyOutput?: (resource: WireResource) => Record<string, unknown>;
  /** Names of resources that block deleting this one (the delete rule's dependants). */
  dependants: (name: string, context: HandlerContext) => string[];
  /** Names of resources deleted with this one: its dependants and its channels. */
  deletedWith: (name: string, context: HandlerContext) => string[];
}
