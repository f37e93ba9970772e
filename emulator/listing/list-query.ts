import { invalidField } from "../errors/catalogue";
import type { FilterSchema } from "../filter/fields";
import type { WireResource } from "../resources/wire-resource";
import type { SortKey } from "./page-token";

/** A compiled List request: which resources match, and their order. */
export interface ListQuery {
  matches: (resource: WireResource) => boolean;
  keyOf: (resource: WireResource) => SortKey;
  compare: (a: SortKey, b: SortKey) => number;
}

export function compileListQuery(_schema: FilterSchema, filter: string, orderBy: string): ListQuery {
  if (filter.trim() || orderBy.trim()) {
    throw invalidField(
      "filter",
      "Filtering and ordering are not supported by this emulator build yet.",
      "Leave them empty.",
    );
  }
  return {
    matches: () => true,
    keyOf: (resource) => [resource.name],
    compare: (a, b) => (String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : 0),
  };
}
