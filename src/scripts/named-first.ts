/**
 * One list of results from two: the entries the query names (src/outputs/name-match.ts),
 * then Pagefind's results without them. Pagefind's results say which entry
 * they are only once their data is loaded (a request each), so they are
 * loaded only as far as a page of results needs, with one more per named
 * entry not met yet, since each may be among them and be left out.
 */

/** A result's address without its `?highlight=`: the same entry, whatever was searched. */
export const pathOf = (url: string) => url.replace(/[?#].*$/, '');

/**
 * Results `start` to `start + count` of the named entries followed by the
 * others, `load(start, count)` giving the others' data, `total` of them.
 */
export function namedFirst<Hit extends { url: string }>(
  named: readonly Hit[],
  total: number,
  load: (start: number, count: number) => Promise<Hit[]>,
): (start: number, count: number) => Promise<Hit[]> {
  if (named.length === 0) return load;
  const urls = new Set(named.map((hit) => pathOf(hit.url)));
  const rest: Hit[] = [];
  let loaded = 0;
  let met = 0;
  return async (start, count) => {
    const end = start + count;
    while (named.length + rest.length < end && loaded < total) {
      const wanted = end - named.length - rest.length + (named.length - met);
      const batch = await load(loaded, Math.min(wanted, total - loaded));
      if (batch.length === 0) break;
      loaded += batch.length;
      for (const hit of batch) {
        if (urls.has(pathOf(hit.url))) met++;
        else rest.push(hit);
      }
    }
    return [...named, ...rest].slice(start, end);
  };
}
