import type { FilterSchema } from "../filter/fields";
import { compileFilter } from "../filter/evaluator";
import { parseOrderBy } from "../filter/order-by";
import { parseFilter } from "../filter/parser";
import { requiredTexts } from "../filter/required-text";
import type { WireResource } from "../resources/wire-resource";
import type { SortKey } from "./page-token";

/** A compiled List request: which resources match, and their order. */
export interface ListQuery {
  matches: (resource: WireResource) => boolean;
  /**
   * False for a resource's stored JSON that cannot match, decided without parsing it (see requiredTexts);
   * true does not mean it matches.
   */
  mayMatchStored: (json: string) => boolean;
  /** No order_by: the order, and the key page tokens hold, is the name alone. */
  byNameOnly: boolean;
  keyOf: (resource: WireResource) => SortKey;
  compare: (a: SortKey, b: SortKey) => number;
}

/** Parses and checks `filter` and `order_by` against a kind's fields; INVALID_ARGUMENT if either is bad. */
export function compileListQuery(schema: FilterSchema, filter: string, orderBy: string): ListQuery {
  const tree = parseFilter(filter);
  const matches = compileFilter(tree, schema);
  const texts = requiredTexts(tree, schema);
  const mayMatchStored = (json: string) => texts.every((text) => json.includes(text));
  return { matches, mayMatchStored, ...parseOrderBy(orderBy, schema) };
}
