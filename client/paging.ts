/** One page of a list call, for callers who page themselves. */
export interface Page<T> {
  items: T[];
  /** Pass as `pageToken` to get the next page; "" after the last page. */
  nextPageToken: string;
}

/**
 * Every item across pages, fetched lazily: the first page is requested when iteration starts, the next one
 * when the current page runs out, starting from the caller's `pageToken` if any.
 */
export function allItems<T>(
  fetchPage: (pageToken: string) => Promise<Page<T>>,
  firstPageToken = "",
): AsyncIterable<T> {
  return {
    async *[Symbol.asyncIterator]() {
      let pageToken = firstPageToken;
      do {
        const page = await fetchPage(pageToken);
        yield* page.items;
        pageToken = page.nextPageToken;
      } while (pageToken);
    },
  };
}
