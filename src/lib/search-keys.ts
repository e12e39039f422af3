/**
 * What the search index is told about a page besides its text (issue 3): the
 * date it sorts by and the year it is filtered by. Pure: the page templates put
 * these into `data-pagefind-meta` and `data-pagefind-filter` attributes.
 */
import type { EntryPage, StoryPage } from './site-types.ts';

/**
 * The file, in the Pagefind bundle, that orders the indexed pages by date
 * (written by src/integrations/pagefind.ts, read by src/scripts/search-client.ts
 * when a reader orders results by date).
 */
export const SEARCH_DATES_FILE = 'search-dates.json';

/**
 * The sort key of a page with no date of its own (an actor in no event, an
 * undated source). Every indexed page gets one, so that none is left out of
 * results ordered by date; undated pages sort first when oldest come first,
 * and last when newest come first.
 */
export const UNDATED = '0000';

/**
 * The date a page sorts by, as written (`2023-04-09` or `2023-04`): strings
 * compare in time order, a month-precision date before the days of its month,
 * as on the timeline. An event's date, a source's or the story's publication
 * date, an actor's earliest event.
 */
export function sortDate(page: EntryPage | StoryPage): string {
  return ownDate(page) ?? UNDATED;
}

/**
 * The metadata field holding a page's `sortDate` in Pagefind's record of the
 * page (its fragment), where the build reads it to write `SEARCH_DATES_FILE`.
 * Not a Pagefind sort (`data-pagefind-sort`): that would put the order of
 * every page in the file Pagefind fetches before any search.
 */
export const SORT_DATE_META = 'sort_date';

/** The article's `data-pagefind-meta` that carries its sort date. */
export function sortDateMeta(page: EntryPage | StoryPage): string {
  return `${SORT_DATE_META}:${sortDate(page)}`;
}

/** The year a page is filtered by, when it has a date of its own. */
export function filterYear(page: EntryPage | StoryPage): string | undefined {
  if (page.kind === 'actor') return undefined;
  return ownDate(page)?.slice(0, 4);
}

function ownDate(page: EntryPage | StoryPage): string | undefined {
  switch (page.kind) {
    case 'event':
      return page.date;
    case 'source':
    case 'story':
      return page.published;
    case 'actor': {
      const dates = page.events.map((e) => e.event.date).filter((d): d is string => d !== undefined);
      return dates.length > 0 ? dates.reduce((a, b) => (b < a ? b : a)) : undefined;
    }
  }
}

/**
 * The `data-pagefind-meta` of a page's title: the title, and the aliases of
 * events and sources (their pages don't show them; actors show theirs in the
 * infobox, which is tagged there). Aliases are metadata so that they are
 * searched and weighted like names (see the `aliases` weight in
 * src/scripts/search-client.ts). An inline value must come last and runs to
 * the end of the attribute, commas included.
 */
export function titleMeta(page: EntryPage): string {
  if (page.kind === 'actor' || page.aliases.length === 0) return 'title';
  return `title, aliases:${page.aliases.join(', ')}`;
}
