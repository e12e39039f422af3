/**
 * Reading aids of entry pages: previous/next order (story-order.ts), the
 * table of contents (toc.ts), timeline days (timeline.ts), the actor's date
 * span and the preview cards' data (previews.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/model/corpus.ts';
import { type ActorPage } from '../../src/model/site-model.ts';
import { siteModelOf } from '../../src/model/render-entries.ts';
import { tableOfContents } from '../../src/markdown/toc.ts';
import { dayLabel, groupByDay } from '../../src/model/timeline.ts';
import { previewCards } from '../../src/outputs/previews.ts';

const model = siteModelOf(await loadCorpus('tests/fixtures/small-story'));
const page = (id: string) => model.pages.find((p) => p.ref.id === id)!;
const steps = (id: string) => [page(id).previous?.id, page(id).next?.id];

describe('previous and next', () => {
  it('steps through actors in order of first appearance on the timeline, then the others by name', () => {
    // The hearing (March 2024) lists jose-nunez, then council; the vote adds the mayor; the Gazette is in no event.
    expect(steps('jose-nunez')).toEqual([undefined, 'council']);
    expect(steps('council')).toEqual(['jose-nunez', 'mayor']);
    expect(steps('mayor')).toEqual(['council', 'gazette']);
    expect(steps('gazette')).toEqual(['mayor', undefined]);
  });

  it('steps through sources by publication date, then title', () => {
    expect(steps('gazette-report')).toEqual([undefined, 'radio-relay']);
    expect(steps('radio-relay')).toEqual(['gazette-report', 'wire-copy']);
    expect(steps('wire-copy')).toEqual(['radio-relay', undefined]);
  });

  it('steps through events in time order', () => {
    expect(steps('the-vote')).toEqual(['the-hearing', 'the-reaction']);
  });
});

describe("an actor's dates", () => {
  it('gives the time its events cover as one date when the first holds the last (March 2024, not "March 2024 to 5 March 2024")', () => {
    expect((page('jose-nunez') as ActorPage).span).toEqual({ start: '2024-03', startLabel: 'March 2024' });
    expect((page('gazette') as ActorPage).span).toBeUndefined();
  });
});

describe('the table of contents', () => {
  const h = (depth: number, text: string) => ({ depth, id: text.toLowerCase(), text });
  it('shows from three headings, nesting ### under ##, leaving #### out', () => {
    expect(tableOfContents([h(2, 'A'), h(3, 'B')])).toBeUndefined();
    expect(tableOfContents([h(2, 'A'), h(3, 'B'), h(4, 'C'), h(2, 'D')])).toEqual([
      { id: 'a', text: 'A', children: [{ id: 'b', text: 'B', children: [] }] },
      { id: 'd', text: 'D', children: [] },
    ]);
    expect(tableOfContents([h(3, 'A'), h(3, 'B'), h(3, 'C')])!.map((i) => i.id)).toEqual(['a']);
  });
});

describe('timeline days', () => {
  it('groups by day, month-precision events first and labelled as such', () => {
    const groups = groupByDay(['2023-04', '2023-04', '2023-04-09', '2023-04-10'], (d) => d);
    expect(groups.map((g) => [g.key, g.label, g.events.length])).toEqual([
      ['2023-04', 'April 2023, day not known', 2],
      ['2023-04-09', 'Sunday, April 9', 1],
      ['2023-04-10', 'Monday, April 10', 1],
    ]);
    expect(dayLabel('2024-02-29')).toBe('Thursday, February 29');
  });
});

describe('preview cards', () => {
  it('give each entry its name, kind, a date or role, and its summary', () => {
    const cards = previewCards(model.pages);
    expect(cards['mayor']).toEqual({
      name: 'Ana Ruiz',
      kind: 'Actor · person',
      meta: 'Mayor',
      summary: 'The mayor of Example Town.',
      href: '/actors/mayor/',
    });
    expect(cards['the-reaction']).toEqual({
      name: 'The reaction',
      kind: 'Event · disputed',
      meta: '5 March 2024',
      summary: 'Residents react to the vote.',
      href: '/events/the-reaction/',
    });
    expect(cards['radio-relay']).toMatchObject({ kind: 'Source', meta: 'Example Radio, 5 March 2024' });
    expect(Object.keys(cards).length).toBe(model.pages.length);
  });
});
