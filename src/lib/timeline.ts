/**
 * The story's events in time order. Computed once per build; actor pages,
 * event pages (previous/next) and the timeline page all read from it.
 */
import { compareStoryDates, monthKey, monthLabel } from './dates.ts';

/** Events by date; same date by title, then id, so the order is stable. */
export function sortEvents<E extends { id: string; name: string; data: { date: string } }>(events: readonly E[]): E[] {
  return [...events].sort(
    (a, b) =>
      compareStoryDates(a.data.date, b.data.date) ||
      a.name.localeCompare(b.name, 'en') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export interface MonthGroup<E> {
  /** `2023-04` */
  key: string;
  /** `April 2023` */
  label: string;
  events: E[];
}

/** Groups date-sorted items by month, keeping their order. */
export function groupByMonth<E>(items: readonly E[], dateOf: (item: E) => string): MonthGroup<E>[] {
  const groups: MonthGroup<E>[] = [];
  for (const item of items) {
    const date = dateOf(item);
    const key = monthKey(date);
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.events.push(item);
    else groups.push({ key, label: monthLabel(date), events: [item] });
  }
  return groups;
}
