import { effectivePageSize } from "./page-size";
import type { Page } from "./paginate";
import { PageTokens, queryFingerprint } from "./page-token";

export interface NameOrderQuery<T extends { name: string }> {
  /** Every candidate item whose name sorts after the given one ("" for all), in name order, lazily. */
  itemsAfter: (name: string) => Iterable<T>;
  matches: (item: T) => boolean;
  /** Everything that defines the query, for binding tokens to it. */
  queryParts: string[];
  pageSize: number;
  pageToken: string;
}

/**
 * A page of a List in name order (no order_by), read from where the token left off and stopped as soon as
 * the page is full. Each page then costs the items it passes over, not the whole collection: a filter
 * matching 1 in 100 reads about 100 items per result, and the first page of 100,000 series is as quick
 * as any other. Tokens are the ones `paginate` issues for the same query (the sort key `[name]`), so
 * either can continue a listing the other started.
 */
export function pageInNameOrder<T extends { name: string }>(
  query: NameOrderQuery<T>,
  tokens: PageTokens,
): Page<T> {
  const size = effectivePageSize(query.pageSize);
  const fingerprint = queryFingerprint(query.queryParts);
  const after = query.pageToken ? String(tokens.read(query.pageToken, fingerprint)[0]) : "";
  const items: T[] = [];
  let more = false;
  for (const item of query.itemsAfter(after)) {
    if (!query.matches(item)) continue;
    if (items.length === size) {
      more = true;
      break;
    }
    items.push(item);
  }
  return { items, nextPageToken: more ? tokens.issue(fingerprint, [items[items.length - 1]!.name]) : "" };
}
