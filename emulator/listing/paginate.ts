import { effectivePageSize } from "./page-size";
import { PageTokens, queryFingerprint, type SortKey } from "./page-token";

export interface ListQuery<T> {
  /** Every candidate item already filtered, in any order. */
  items: T[];
  /** The item's sort key; must end with a unique value (its name) so the order is total. */
  keyOf: (item: T) => SortKey;
  compare: (a: SortKey, b: SortKey) => number;
  /** Everything that defines the query, for binding tokens to it. */
  queryParts: string[];
  pageSize: number;
  pageToken: string;
}

export interface Page<T> {
  items: T[];
  /** Empty only on the last page. */
  nextPageToken: string;
}

/**
 * Keyset pagination: a token holds the sort key of the last item returned, so items created or deleted
 * between pages neither repeat nor vanish from later pages.
 */
export function paginate<T>(query: ListQuery<T>, tokens: PageTokens): Page<T> {
  const size = effectivePageSize(query.pageSize);
  const fingerprint = queryFingerprint(query.queryParts);
  const after = query.pageToken ? tokens.read(query.pageToken, fingerprint) : undefined;
  const keyed = query.items.map((item) => ({ item, key: query.keyOf(item) }));
  keyed.sort((a, b) => query.compare(a.key, b.key));
  const remaining = after ? keyed.filter((entry) => query.compare(entry.key, after) > 0) : keyed;
  const page = remaining.slice(0, size);
  const more = remaining.length > size;
  return {
    items: page.map((entry) => entry.item),
    nextPageToken: more ? tokens.issue(fingerprint, page[page.length - 1]!.key) : "",
  };
}
