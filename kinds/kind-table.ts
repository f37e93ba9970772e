import type { NameKind } from "./resource-names";
import type { AnyFieldType } from "./field-type";
import type { OperationTimeouts } from "./field-types";
import { snakeCase } from "./field-names";
import type { V1Fields } from "./v1-fields";

/**
 * What a change to a field does:
 * - `name`: the field forms the resource name (project, location, parent, ID); a change gives a new resource.
 * - `replace`: not part of the name, but the API cannot change it in place; a change gives a new resource.
 * - `update`: changed in place, named in `update_mask`.
 * - `provider`: steers the provider (adoption, time limits) and is never sent.
 * - `outputOnly`: set by the service; programs cannot set it.
 */
export type Lifecycle = "name" | "replace" | "update" | "provider" | "outputOnly";

/**
 * Where the field lives on the wire:
 * - `wire`: a field of the v1 message, under its snake_case name.
 * - `annotation`: a seed field v1 lacks, kept in `annotations` under a reserved key (reserved-annotations.ts).
 *   Changing it updates `annotations`; the client sends every annotation-held field together, so none is lost.
 * - `none`: never in the message (name parts travel as the request's parent and ID; provider settings and
 *   the seed's channel `inputConfig` are not sent at all).
 * Left out, it is `none` for `name` and `provider` fields and `wire` for the rest.
 */
export type Storage = "wire" | "annotation" | "none";

/** Defaults the SDK fills in for a required input a program leaves out. */
export type SdkDefault = "resourceName" | "stackProject" | "stackLocation";

export interface FieldSpec {
  readonly type: AnyFieldType;
  readonly lifecycle: Lifecycle;
  readonly storage?: Storage;
  /** A program must give it (unless `sdkDefault` fills it in); output-only fields are always present. */
  readonly required?: boolean;
  readonly sdkDefault?: SdkDefault;
  /** A resource name that must be in the same cluster as the resource itself (series and channel sources). */
  readonly sameCluster?: boolean;
  /** Kept secret in Pulumi state and outputs. */
  readonly secret?: boolean;
  /** What the field means, for schemas and docs. */
  readonly doc: string;
}

/** The resource kinds: the v1 messages kinds/v1-fields.ts lists (generated from the protos). */
export type KindName = keyof V1Fields;

/**
 * What Vision AI v1 lets a program do with one kind, as its RPCs allow. Every layer asks these instead of
 * knowing which kind lacks what (v1 can only materialize a channel).
 */
export interface KindCapabilities {
  /** The RPC that makes one: `CreateCluster`, or `MaterializeChannel`. */
  readonly createRpc: string;
  /** A Get RPC exists: refresh reads the resource, lookups and adoption work. */
  readonly readable: boolean;
  /** An Update RPC exists: `update` fields change in place. */
  readonly updatable: boolean;
  /** A Delete RPC exists; otherwise deleting only forgets the resource. */
  readonly deletable: boolean;
  /** A List RPC exists. */
  readonly listable: boolean;
  /** `pulumi import` and `adoptExisting` can take over an existing resource (they need a Get). */
  readonly importable: boolean;
}

/**
 * Everything this package knows about one resource kind, written once. The client's wire mapping and update
 * masks, the provider's validation, diff and state, the SDK's argument and output types, and the plugin's
 * schema are all derived from it (the emulator keeps its own description of the wire, read from the protos).
 */
export interface KindTable<Fields extends Record<string, FieldSpec> = Record<string, FieldSpec>> {
  readonly kind: KindName;
  /** As in RPC names: ListClusters, ListSeries. Lowercased, it is the name pattern's collection segment. */
  readonly plural: string;
  /** The kind's name pattern in resource-names.ts. */
  readonly nameKind: NameKind;
  /** The field holding the resource's own ID, the last segment of its name. */
  readonly idField: string;
  /**
   * The field holding the parent's full name. Left out for clusters, whose parent (a location) is formed by
   * the `project` and `location` fields.
   */
  readonly parentField?: string;
  readonly capabilities: KindCapabilities;
  /** How long create, update and delete wait for their operation unless a program says otherwise. */
  readonly timeoutDefaults: Required<OperationTimeouts>;
  /** What the kind is, for schemas and docs. */
  readonly doc: string;
  readonly fields: Fields;
}

/** Fields of the kind's v1 message (kinds/v1-fields.ts, generated from the protos) that `Fields` leaves out. */
type UnlistedV1Fields<Kind extends KindName, Fields> = Exclude<V1Fields[Kind], keyof Fields>;

/**
 * Nothing when the table lists every field of the kind's v1 message; otherwise a property no table has,
 * whose name says what to do and whose type names the missing fields, so `tsc` rejects the table with them.
 */
type CoversV1Message<Kind extends KindName, Fields> = [UnlistedV1Fields<Kind, Fields>] extends [never]
  ? unknown
  : { "list every v1 field in the table; missing": UnlistedV1Fields<Kind, Fields> };

/**
 * Declares a kind table, keeping every field's literal lifecycle and storage for the derived types, and
 * failing to compile when the table leaves out a field of the kind's official v1 message.
 */
export function defineKind<const Kind extends KindName, const Fields extends Record<string, FieldSpec>>(
  table: KindTable<Fields> & {
    kind: Kind;
    idField: keyof Fields;
    parentField?: keyof Fields;
  } & CoversV1Message<Kind, Fields>,
): KindTable<Fields> {
  return table;
}

export function storageOf(spec: FieldSpec): Storage {
  return spec.storage ?? (spec.lifecycle === "name" || spec.lifecycle === "provider" ? "none" : "wire");
}

/** The field's name in update masks and on the wire: `enableHlsPlayback` is `enable_hls_playback`. */
export function wireNameOf(field: string): string {
  return snakeCase(field);
}

/** The names of the table's fields that `test` accepts, in table order. */
export function fieldsWhere(table: KindTable, test: (spec: FieldSpec, field: string) => boolean): string[] {
  return Object.entries(table.fields)
    .filter(([field, spec]) => test(spec, field))
    .map(([field]) => field);
}

/** Fields a program sets: everything but output-only fields. */
export function isInput(spec: FieldSpec): boolean {
  return spec.lifecycle !== "outputOnly";
}

/** Fields whose change gives a new resource, because it would get a new name or cannot be changed in place. */
export function forcesReplacement(spec: FieldSpec): boolean {
  return spec.lifecycle === "name" || spec.lifecycle === "replace";
}
