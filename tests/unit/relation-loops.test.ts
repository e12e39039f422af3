import { describe, expect, it } from 'vitest';
import { checkFiles, md } from './check-files.ts';
import { findLoops } from '../../src/model/relation-loops.ts';

const actor = (id: string, affiliations: string) => ({
  [`actors/${id}.md`]: md(`name: ${id.toUpperCase()}\nkind: group\nsummary: S.\naffiliations: [${affiliations}]`),
});
const event = (id: string, respondsTo: string) => ({
  [`events/${id}.md`]: md(`title: ${id}\ndate: "2023-04"\nsummary: S.\nsources: [s]\nresponds_to: ${respondsTo}`),
});
const source = { 'sources/s.md': md('title: S') };

describe('loops in relations', () => {
  it('refuses an actor that is its own affiliation, at the field', () => {
    expect(checkFiles({ ...actor('x', 'y, x'), ...actor('y', '') })).toEqual([
      'content/actors/x.md:5:19  error  "affiliations[1]" names "x", the actor itself  (an affiliation is another actor, such as an employer or a government: remove this one)',
    ]);
  });

  it("refuses two actors that are each other's affiliation, and longer loops, once each", () => {
    expect(checkFiles({ ...actor('a', 'b'), ...actor('b', 'a'), ...actor('c', 'd'), ...actor('d', 'e'), ...actor('e', 'c, a') })).toEqual([
      'content/actors/a.md:5:16  error  the "affiliations" chain loops: a → b → a  (an actor belongs to a larger one, not the other way round: remove one affiliation to break the loop)',
      'content/actors/c.md:5:16  error  the "affiliations" chain loops: c → d → e → c  (an actor belongs to a larger one, not the other way round: remove one affiliation to break the loop)',
    ]);
  });

  it('refuses two events that respond to each other, and an event that responds to itself', () => {
    expect(checkFiles({ ...source, ...event('claim', 'denial'), ...event('denial', 'claim'), ...event('echo', 'echo') })).toEqual([
      'content/events/claim.md:6:14  error  the "responds_to" chain loops: claim → denial → claim  (an event answers an earlier one: remove one "responds_to" to break the loop)',
      'content/events/echo.md:6:14  error  "responds_to" names "echo", the event itself  (give the id of the event this one answers, or remove the line)',
    ]);
  });

  it('accepts chains and trees that do not loop', () => {
    expect(checkFiles({ ...actor('a', 'b, c'), ...actor('b', 'c'), ...actor('c', '') })).toEqual([]);
    expect(
      checkFiles({
        ...source,
        ...event('one', 'two'),
        ...event('two', 'three'),
        ...event('three', 'one-more'),
        ...event('one-more', 'four'),
        ...event('four', 'five'),
        ...event('five', 'six'),
        ...event('six', 'seven'),
        ...event('seven', 'eight'),
        ...event('eight', 'nine'),
        ...event('nine', 'ten'),
        ...event('ten', 'last'),
        ...{ 'events/last.md': md('title: Last\ndate: "2023-04"\nsummary: S.\nsources: [s]') },
      }),
    ).toEqual([]);
  });
});

describe('finding loops', () => {
  const graph: Record<string, string[]> = { a: ['b'], b: ['c', 'a'], c: ['c'], d: ['a'] };
  it('finds each loop once, from where a walk in the given order enters it', () => {
    expect(findLoops(['a', 'b', 'c', 'd'], (id) => graph[id] ?? [])).toEqual([
      ['c', 'c'],
      ['a', 'b', 'a'],
    ]);
  });
});
