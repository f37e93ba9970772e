import type { Timestamp, WireResource } from "../resources/wire-resource";
import { annotationKeyFor } from "../../kinds/reserved-annotations";

/**
 * The fields a List filter or order_by may name, per resource kind. `map` fields are addressed as
 * `labels.<key>`; everything else is a scalar.
 */
export type FilterField =
  | { type: "string"; read: (resource: WireResource) => string }
  | { type: "timestamp"; read: (resource: WireResource) => Timestamp }
  | { type: "enum"; values: readonly string[]; read: (resource: WireResource) => string }
  | { type: "bool"; read: (resource: WireResource) => boolean }
  | { type: "map"; read: (resource: WireResource) => Record<string, string> };

export type FilterSchema = Readonly<Record<string, FilterField>>;

/** Where the project's client keeps the seed's display name on kinds whose v1 message lacks it. */
const DISPLAY_NAME_ANNOTATION = annotationKeyFor("displayName");

/** Fields every kind has. */
export const COMMON_FIELDS: FilterSchema = {
  name: { type: "string", read: (r) => r.name },
  create_time: { type: "timestamp", read: (r) => r.create_time },
  update_time: { type: "timestamp", read: (r) => r.update_time },
  labels: { type: "map", read: (r) => r.labels ?? {} },
};

/**
 * `display_name` for kinds without that wire field (Cluster, Event, Series): an emulator convenience
 * that reads the `pulumi-visionai/display-name` annotation.
 */
export const ANNOTATED_DISPLAY_NAME: FilterField = {
  type: "string",
  read: (r) => r.annotations?.[DISPLAY_NAME_ANNOTATION] ?? "",
};

export const WIRE_DISPLAY_NAME: FilterField = { type: "string", read: (r) => String(r.display_name ?? "") };
