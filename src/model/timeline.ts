/**
 * The story's events in time order. Computed once per build; actor pages,
 * event pages (previous/next) and the timeline page all read from it.
 */
import { compareStoryDates, monthKey, monthLabel, parseStoryDate, weekdayOf } from '../entries/dates.ts';

/**
 * Events by date; events of the same date (or month) by their `order`, those
 * without one after, then by title, then id: the order is the same on every build.
 */
export function sortEvents<E extends { id: string; name: string; data: { date: string; order?: number | undefined } }>(
  events: readonly E[],
): E[] {
  const order = (e: E) => e.data.order ?? Number.POSITIVE_INFINITY;
  return [...events].sort(
    (a, b) =>
      compareStoryDates(a.data.date, b.data.date) ||
      (order(a) === order(b) ? 0 : order(a) < order(b) ? -1 : 1) ||
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
export function groupByMonth<E>(
  items: readonly E[],
  dateOf: (item: E) => string,
  /** Writes a month (`Translator.month` for the story's language). */
  label: (date: string) => string = monthLabel,
): MonthGroup<E>[] {
  const groups: MonthGroup<E>[] = [];
  for (const item of items) {
    const date = dateOf(item);
    const key = monthKey(date);
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.events.push(item);
    else groups.push({ key, label: label(date), events: [item] });
  }
  return groups;
}

export interface DayGroup<E> {
  /** `2023-04-09`, or `2023-04` for the month's events known only to the month. */
  key: string;
  /** "Sunday, April 9", or "April 2023, day not known". */
  label: string;
  events: E[];
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Groups date-sorted items by day, keeping their order. Items known only to
 * the month come first in their month (see `compareStoryDates`) and form
 * their own group, labelled as such rather than given a day they don't have.
 */
export function groupByDay<E>(
  items: readonly E[],
  dateOf: (item: E) => string,
  /** Writes a day (`Translator.day` for the story's language). */
  label: (date: string) => string = dayLabel,
): DayGroup<E>[] {
  const groups: DayGroup<E>[] = [];
  for (const item of items) {
    const date = dateOf(item);
    const last = groups[groups.length - 1];
    if (last && last.key === date) last.events.push(item);
    else groups.push({ key: date, label: label(date), events: [item] });
  }
  return groups;
}

/** "Sunday, April 9" for a day; "April 2023, day not known" for a month. */
export function dayLabel(date: string): string {
  const parsed = parseStoryDate(date);
  if ('error' in parsed) return date;
  if (parsed.day === undefined) return `${monthLabel(date)}, day not known`;
  const weekday = WEEKDAYS[weekdayOf(parsed.year, parsed.month, parsed.day)];
  return `${weekday}, ${monthLabel(date).split(' ')[0]} ${parsed.day}`;
}
