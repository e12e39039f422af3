import { describe, expect, it } from 'vitest';
import { filterYear, sortDate, titleMeta, UNDATED } from '../../src/outputs/search-keys.ts';
import type { ActorPage, EntryRef, EventPage, SourcePage } from '../../src/model/site-types.ts';

const ref = (date?: string): EntryRef => ({ id: 'x', kind: 'event', name: 'X', href: '/x/', summary: '', ...(date ? { date } : {}) });
const actor = (dates: string[]) =>
  ({ kind: 'actor', aliases: ['A'], events: dates.map((d) => ({ event: ref(d), roles: [] })) }) as unknown as ActorPage;
const event = (date: string, aliases: string[] = []) => ({ kind: 'event', date, aliases }) as unknown as EventPage;
const source = (published?: string) => ({ kind: 'source', aliases: [], ...(published ? { published } : {}) }) as unknown as SourcePage;

describe('what the search index sorts and filters by', () => {
  it('sorts an event by its date, a source by its publication, an actor by its earliest event', () => {
    expect(sortDate(event('2023-04'))).toBe('2023-04');
    expect(sortDate(source('2023-04-10'))).toBe('2023-04-10');
    expect(sortDate(actor(['2023-04-09', '2023-04', '2023-05-01']))).toBe('2023-04');
  });

  it('gives undated pages a key that sorts before every date', () => {
    expect(sortDate(actor([]))).toBe(UNDATED);
    expect(sortDate(source())).toBe(UNDATED);
    expect(UNDATED < '1000-01').toBe(true);
  });

  it('files events and dated sources under their year, and actors under none', () => {
    expect(filterYear(event('2022-12-31'))).toBe('2022');
    expect(filterYear(source('2023-04'))).toBe('2023');
    expect(filterYear(source())).toBeUndefined();
    expect(filterYear(actor(['2023-04']))).toBeUndefined();
  });

  it('puts the aliases of events and sources into metadata beside the title', () => {
    expect(titleMeta(event('2023-04', ['the memo', 'CIA memo, leaked']))).toBe('title, aliases:the memo, CIA memo, leaked');
    expect(titleMeta(event('2023-04'))).toBe('title');
    expect(titleMeta(actor([]))).toBe('title');
  });
});
