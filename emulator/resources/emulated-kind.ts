import { filterSchemaOf, type FilterSchema } from "../filter/fields";
import type { HandlerContext } from "../handlers/context";
import type { NamePattern } from "./names";
import { messageFields, type MessageFields } from "./message-fields";
import type { WireResource } from "./wire-resource";

/**
 * Everything the generic Create/Get/Update/Delete/List handlers need to know about one resource kind.
 * Each kind's file (handlers/cluster.ts, ...) defines one of these.
 */
export interface EmulatedKind extends MessageFields {
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
  /** What a List filter and order_by may name: the message's own fields, read from the protos. */
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

/** Declares an emulated kind, its message fields read from the official protos by `typeName`. */
export function emulatedKind(kind: Omit<EmulatedKind, keyof MessageFields | "filterFields">): EmulatedKind {
  return { ...kind, ...messageFields(kind.typeName), filterFields: filterSchemaOf(kind.typeName) };
}
