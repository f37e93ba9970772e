import type { FilterSchema } from "../filter/fields";
import { compileFilter } from "../filter/evaluator";
import { parseOrderBy } from "../filter/order-by";
import { parseFilter } from "../filter/parser";
import type { WireResource } from "../resources/wire-resource";
import type { SortKey } from "./page-token";

/** A compiled List request: which resources match, and their order. */
export interface ListQuery {
  matches: (resource: WireResource) => boolean;
  /** No order_by: the order, and the key page tokens hold, is the name alone. */
  byNameOnly: boolean;
  keyOf: (resource: WireResource) => SortKey;
  compare: (a: SortKey, b: SortKey) => number;
}

/** Parses and checks `filter` and `order_by` against a kind's fields; INVALID_ARGUMENT if either is bad. */
export function compileListQuery(schema: FilterSchema, filter: string, orderBy: string): ListQuery {
  const matches = compileFilter(parseFilter(filter), schema);
  return { matches, ...parseOrderBy(orderBy, schema) };
}
