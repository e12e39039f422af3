/**
 * The updates and corrections of the whole site: the log the `/updates/`
 * page lists, the date the home page gives as "Updated", and the notices an
 * entry's page shows under its headline.
 */
import { compareStoryDates, formatStoryDate } from '../entries/dates.ts';
import type { EntryRef, LoggedUpdate, PageUpdate } from './site-types.ts';

/**
 * Every update of the given pages, newest first. Pages are taken in the
 * order given and each page's updates in its own order, so updates of one
 * day keep that order (a stable sort).
 */
export function updateLog(pages: readonly { ref: EntryRef; updates: readonly PageUpdate[] }[]): LoggedUpdate[] {
  const log = pages.flatMap((page) => page.updates.map((u) => ({ ...u, entry: page.ref, href: `${page.ref.href}#${u.anchor}` })));
  return log.sort((a, b) => compareStoryDates(b.date, a.date));
}

/** The newest of the story's own `updated` date and the log's dates, as the home page shows it. */
export function revisedDate(
  updated: string | undefined,
  log: readonly LoggedUpdate[],
  formatDate: (date: string) => string = formatStoryDate,
): { date: string; label: string } | undefined {
  const dates = [...(updated ? [updated] : []), ...log.map((u) => u.date)];
  const newest = dates.sort((a, b) => compareStoryDates(b, a))[0];
  return newest === undefined ? undefined : { date: newest, label: formatDate(newest) };
}

/** What a page shows under its headline: its newest correction and its newest update, and how many there are in all. */
export interface UpdateNotices {
  correction?: PageUpdate;
  update?: PageUpdate;
  total: number;
}

/** `updates` newest first, as `pageUpdates` gives them. */
export function updateNotices(updates: readonly PageUpdate[]): UpdateNotices {
  const correction = updates.find((u) => u.kind === 'correction');
  const update = updates.find((u) => u.kind === 'update');
  return { ...(correction ? { correction } : {}), ...(update ? { update } : {}), total: updates.length };
}
