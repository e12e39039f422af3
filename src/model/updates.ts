/**
 * Dated updates and corrections an entry carries (`updates:` in its front
 * matter), as pages and the feed show them.
 */
import { compareStoryDates, formatStoryDate } from '../entries/dates.ts';

export interface PageUpdate {
  /** The anchor on the page, stable while earlier updates stay: `update-2024-03-06-1`. */
  anchor: string;
  date: string;
  dateLabel: string;
  kind: 'update' | 'correction';
  text: string;
}

/** An entry's updates, newest first; same-day updates keep the order they were written in. */
export function pageUpdates(
  updates: readonly { date: string; kind: 'update' | 'correction'; text: string }[],
  /** Writes a date in the story's language (`Translator.date`). */
  formatDate: (date: string) => string = formatStoryDate,
): PageUpdate[] {
  const perDay = new Map<string, number>();
  const list = updates.map((u) => {
    const n = (perDay.get(u.date) ?? 0) + 1;
    perDay.set(u.date, n);
    return { anchor: `update-${u.date}-${n}`, date: u.date, dateLabel: formatDate(u.date), kind: u.kind, text: u.text };
  });
  // A stable sort: newest date first, written order within a day.
  return list.sort((a, b) => compareStoryDates(b.date, a.date));
}
