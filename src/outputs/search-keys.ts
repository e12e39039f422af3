/**
 * What the search index is told about a page besides its text: the date it
 * sorts by and the year it is filtered by. Pure: the page templates put these
 * into Pagefind's `data-pagefind-sort` and `data-pagefind-filter` attributes.
 */
import type { EntryPage, StoryPage } from '../model/site-types.ts';

/** The name of the date order in Pagefind's index: `search(term, { sort: { date: 'desc' } })`. */
export const SORT_KEY = 'date';

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

/** The article's `data-pagefind-sort`: its sort date, which Pagefind compares as text. */
export function sortAttribute(page: EntryPage | StoryPage): string {
  return `${SORT_KEY}:${sortDate(page)}`;
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
