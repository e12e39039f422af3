/**
 * Story dates: `YYYY-MM-DD`, or `YYYY-MM` when only the month is known.
 * They stay strings end to end (no time zones), and sort as strings once
 * normalised by {@link dateSortKey}.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

export type DatePrecision = 'day' | 'month';

export interface StoryDate {
  year: number;
  month: number;
  day?: number;
  precision: DatePrecision;
}

/**
 * Whether a year of the proleptic Gregorian calendar, which ISO 8601 counts
 * from year 0000, is a leap year: 0000 is one, as 2000 is. (`Date.UTC` can't
 * say: it reads years 0 to 99 as 1900 to 1999.)
 */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** How many days month `month` (1-12) of `year` has. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** The weekday of a day (0 is Sunday), for any year from 0000 on. */
export function weekdayOf(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCDay();
}

/** Parses a story date, or returns a reason it is not one. */
export function parseStoryDate(value: string): StoryDate | { error: string } {
  const day = DAY.exec(value);
  const month = MONTH.exec(value);
  if (!day && !month) {
    return { error: `"${value}" is not a date in the form YYYY-MM-DD or YYYY-MM` };
  }
  const parts = (day ?? month)!;
  const y = Number(parts[1]);
  const m = Number(parts[2]);
  if (m < 1 || m > 12) return { error: `"${value}" has no month ${parts[2]}` };
  if (!day) return { year: y, month: m, precision: 'month' };
  const d = Number(parts[3]);
  const last = daysInMonth(y, m);
  if (d < 1 || d > last) {
    return { error: `"${value}" is not a real day: ${MONTHS[m - 1]} ${parts[1]} has ${last} days` };
  }
  return { year: y, month: m, day: d, precision: 'day' };
}

export function isStoryDate(value: string): boolean {
  return !('error' in parseStoryDate(value));
}

/**
 * Orders story dates. Plain string order is right for ISO dates, and it puts a
 * month-precision date at the start of its month, before the days of that
 * month (`2023-04` < `2023-04-01`): "sometime in April" reads before April 1.
 */
export function compareStoryDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "April 2023" for a month, "April 9, 2023" for a day. */
export function formatStoryDate(value: string): string {
  const parsed = parseStoryDate(value);
  if ('error' in parsed) return value;
  const month = MONTHS[parsed.month - 1];
  return parsed.precision === 'month' ? `${month} ${parsed.year}` : `${month} ${parsed.day}, ${parsed.year}`;
}

/**
 * The stretch of time some story dates cover, written so a reader can take it
 * literally: from the date that starts earliest to the one that ends latest,
 * and one date alone when it holds the other ("April 2023", never "April 2023
 * to April 9, 2023", whose end lies inside its start).
 */
export function dateRange(dates: readonly string[]): { start: string; end?: string } | undefined {
  if (dates.length === 0) return undefined;
  // A month runs from before its first day to after its last: "-00" and "-99" bound it.
  const lower = (d: string) => (d.length === 7 ? `${d}-00` : d);
  const upper = (d: string) => (d.length === 7 ? `${d}-99` : d);
  let start = dates[0]!;
  let end = dates[0]!;
  for (const d of dates) {
    if (lower(d) < lower(start) || (lower(d) === lower(start) && d.length < start.length)) start = d;
    if (upper(d) > upper(end) || (upper(d) === upper(end) && d.length < end.length)) end = d;
  }
  if (start === end || (start.length === 7 && end.startsWith(start))) return { start };
  if (end.length === 7 && start.startsWith(end)) return { start: end };
  return { start, end };
}

/** "April 2023": the heading a date is grouped under on the timeline. */
export function monthLabel(value: string): string {
  const parsed = parseStoryDate(value);
  if ('error' in parsed) return value;
  return `${MONTHS[parsed.month - 1]} ${parsed.year}`;
}

/** `2023-04`: the month part of a story date. */
export function monthKey(value: string): string {
  return value.slice(0, 7);
}
