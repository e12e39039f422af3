/** "Related entries" (related.ts): ranked by what they share, bounded on hubs. */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/model/corpus.ts';
import { siteModelOf } from '../../src/model/render-entries.ts';
import { relatedByShared } from '../../src/model/related.ts';

describe('related entries', () => {
  it('ranks by how much is shared, then by closeness in the story order', () => {
    const related = relatedByShared(
      [
        { id: 'a', facets: ['x', 'y'] },
        { id: 'b', facets: ['x'] },
        { id: 'c', facets: ['x', 'y'] },
        { id: 'd', facets: ['z'] },
        { id: 'e', facets: ['x'] },
      ],
      { max: 5, window: 10 },
    );
    expect(related.get('a')).toEqual(['c', 'b', 'e']);
    expect(related.get('b')).toEqual(['a', 'c', 'e']);
    expect(related.get('d')).toEqual([]);
  });

  it('keeps at most `max`', () => {
    const items = Array.from({ length: 20 }, (_, i) => ({ id: `i${i}`, facets: ['hub'] }));
    expect(relatedByShared(items, { max: 3, window: 25 }).get('i10')).toEqual(['i9', 'i11', 'i8']);
  });

  it('looks only `window` items either side through a hub, so 10,000 items sharing one stay fast', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({ id: `i${i}`, facets: ['hub', `own${i % 100}`] }));
    const related = relatedByShared(items, { max: 5, window: 3 });
    // Through "hub" only i4997 to i5003 are looked at; through "own0", i4700 to i5300 (every 100th):
    // all share one facet, so the nearest come first.
    expect(related.get('i5000')).toEqual(['i4999', 'i5001', 'i4998', 'i5002', 'i4997']);
  });

  it('relates, in the fixture story, events through their actors, actors through their events, sources through the events citing them', async () => {
    const model = siteModelOf(await loadCorpus('tests/fixtures/small-story'));
    const related = (id: string) => model.pages.find((p) => p.ref.id === id)!.related.map((r) => r.id);
    expect(related('the-hearing')).toEqual(['the-vote', 'the-reaction']);
    expect(related('the-vote')).toEqual(['the-hearing']);
    expect(related('jose-nunez')).toEqual(['council']);
    expect(related('council')).toEqual(['jose-nunez', 'mayor']);
    expect(related('gazette')).toEqual([]);
    expect(related('gazette-report')).toEqual([]);
  });
});
