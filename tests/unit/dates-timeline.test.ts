import { describe, expect, it } from 'vitest';
import { dateRange, formatStoryDate, isLeapYear, parseStoryDate, weekdayOf } from '../../src/entries/dates.ts';
import { dayLabel, groupByMonth, sortEvents } from '../../src/model/timeline.ts';

describe('story dates', () => {
  it('reads day and month precision', () => {
    expect(parseStoryDate('2023-04-09')).toEqual({ year: 2023, month: 4, day: 9, precision: 'day' });
    expect(parseStoryDate('2023-04')).toEqual({ year: 2023, month: 4, precision: 'month' });
  });
  it('rejects impossible days and wrong formats with a reason', () => {
    expect(parseStoryDate('2023-02-30')).toEqual({ error: '"2023-02-30" is not a real day: February 2023 has 28 days' });
    expect(parseStoryDate('2024-02-29')).toMatchObject({ day: 29 });
    expect(parseStoryDate('9 April 2023')).toEqual({ error: '"9 April 2023" is not a date in the form YYYY-MM-DD or YYYY-MM' });
    expect(parseStoryDate('2023-13')).toEqual({ error: '"2023-13" has no month 13' });
  });
  it('counts leap years as ISO 8601 does, from year 0000', () => {
    // ISO 8601's proleptic Gregorian calendar has a year 0000 (1 BC), a leap year like 2000.
    expect(parseStoryDate('0000-02-29')).toEqual({ year: 0, month: 2, day: 29, precision: 'day' });
    expect(parseStoryDate('0400-02-29')).toMatchObject({ day: 29 });
    expect(parseStoryDate('0004-02-29')).toMatchObject({ day: 29 });
    expect(parseStoryDate('0100-02-29')).toEqual({ error: '"0100-02-29" is not a real day: February 0100 has 28 days' });
    expect(parseStoryDate('1900-02-29')).toEqual({ error: '"1900-02-29" is not a real day: February 1900 has 28 days' });
    expect([0, 4, 400, 2000, 2024].map(isLeapYear)).toEqual([true, true, true, true, true]);
    expect([1, 100, 1900, 2023].map(isLeapYear)).toEqual([false, false, false, false]);
  });
  it('names the weekday of any day, early years too', () => {
    // 0001-01-01 is a Monday; year 0000 has 366 days, so it began on a Saturday.
    expect(weekdayOf(1, 1, 1)).toBe(1);
    expect(weekdayOf(0, 1, 1)).toBe(6);
    expect(weekdayOf(0, 2, 29)).toBe(2);
    expect(weekdayOf(2023, 4, 9)).toBe(0);
    // Read by Date.UTC, year 50 was 1950, when March 1 was a Wednesday.
    expect(dayLabel('0050-03-01')).toBe('Tuesday, March 1');
  });
  it('shows month precision as a month', () => {
    expect(formatStoryDate('2023-04')).toBe('April 2023');
    expect(formatStoryDate('2023-04-09')).toBe('April 9, 2023');
  });
});

describe('date ranges a reader can take literally', () => {
  it('is one date when the dates are one, or when one holds the others', () => {
    expect(dateRange(['2023-04-09'])).toEqual({ start: '2023-04-09' });
    expect(dateRange(['2023-04', '2023-04-09'])).toEqual({ start: '2023-04' });
    expect(dateRange(['2023-04-09', '2023-04', '2023-04-30'])).toEqual({ start: '2023-04' });
    expect(dateRange(['2023-04-09', '2023-04-09'])).toEqual({ start: '2023-04-09' });
  });
  it('runs from the earliest start to the latest end, whatever their order', () => {
    expect(dateRange(['2023-04', '2023-05-03'])).toEqual({ start: '2023-04', end: '2023-05-03' });
    expect(dateRange(['2023-05-03', '2023-04-09', '2023-04'])).toEqual({ start: '2023-04', end: '2023-05-03' });
    expect(dateRange(['2023-04-30', '2023-05'])).toEqual({ start: '2023-04-30', end: '2023-05' });
    expect(dateRange(['2023-04-02', '2023-04-01'])).toEqual({ start: '2023-04-01', end: '2023-04-02' });
  });
  it('is nothing for no dates', () => {
    expect(dateRange([])).toBeUndefined();
  });
});

describe('timeline order', () => {
  const ev = (id: string, date: string, name = id) => ({ id, name, data: { date } });
  it('orders by date, a month-precision date at the start of its month', () => {
    const sorted = sortEvents([ev('c', '2023-04-10'), ev('a', '2023-03-31'), ev('m', '2023-04'), ev('b', '2023-04-09')]);
    expect(sorted.map((e) => e.id)).toEqual(['a', 'm', 'b', 'c']);
  });
  it("orders events of one date, or of one month known only to the month, by the editor's order, those without one after", () => {
    const ordered = (id: string, date: string, order?: number) => ({ id, name: id, data: { date, ...(order ? { order } : {}) } });
    const sorted = sortEvents([
      ordered('aa', '2023-04'),
      ordered('zz', '2023-04', 1),
      ordered('mm', '2023-04', 2),
      ordered('day', '2023-04-09', 1),
      ordered('bb', '2023-04'),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['zz', 'mm', 'aa', 'bb', 'day']);
  });
  it('breaks ties by title so the order is stable', () => {
    const sorted = sortEvents([ev('x', '2023-04-09', 'Zeta'), ev('y', '2023-04-09', 'Alpha')]);
    expect(sorted.map((e) => e.id)).toEqual(['y', 'x']);
  });
  it('groups by month with readable labels', () => {
    const groups = groupByMonth(['2023-03-31', '2023-04', '2023-04-09'], (d) => d);
    expect(groups.map((g) => [g.label, g.events.length])).toEqual([
      ['March 2023', 1],
      ['April 2023', 2],
    ]);
  });
});
