/**
 * The relationship graph's model (graph.ts) and its list form
 * (graph-relations.ts): built from the fixture story, and bounded on a
 * synthetic 10,000-entry story.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/model/corpus.ts';
import { siteModelOf } from '../../src/model/render-entries.ts';
import { GRAPH_LIMITS, indexGraph, neighbourhood, overview, type StoryGraph } from '../../src/model/graph.ts';
import { describeRelations } from '../../src/model/graph-relations.ts';

const model = siteModelOf(await loadCorpus('tests/fixtures/small-story'));

describe('the story graph', () => {
  it('has actors, events and sources as nodes: events by date, then actors and sources by name', () => {
    expect(model.graph.nodes.map((n) => n.id)).toEqual([
      'the-hearing',
      'the-vote',
      'the-reaction',
      'mayor',
      'council',
      'jose-nunez',
      'gazette',
      'gazette-report',
      'radio-relay',
      'wire-copy',
    ]);
    expect(model.graph.nodes[0]).toEqual({
      id: 'the-hearing',
      kind: 'event',
      name: 'The hearing',
      href: '/events/the-hearing/',
      subtype: 'reported',
      date: '2024-03',
    });
  });

  it('has who is involved in what (with roles), affiliations, responses, relays and publishers as edges', () => {
    expect(model.graph.edges).toEqual([
      { from: 'jose-nunez', to: 'the-hearing', kind: 'involved', label: 'asked for a delay' },
      { from: 'council', to: 'the-hearing', kind: 'involved' },
      { from: 'council', to: 'the-vote', kind: 'involved', label: 'voted' },
      { from: 'mayor', to: 'the-vote', kind: 'involved', label: 'chaired the vote' },
      { from: 'jose-nunez', to: 'the-reaction', kind: 'involved', label: 'criticised the vote' },
      { from: 'the-reaction', to: 'the-vote', kind: 'responds-to' },
      { from: 'mayor', to: 'council', kind: 'member-of' },
      { from: 'jose-nunez', to: 'council', kind: 'member-of' },
      { from: 'gazette-report', to: 'gazette', kind: 'published-by' },
      // radio-relay's publisher is plain text ("Example Radio"): no node, no edge.
      { from: 'radio-relay', to: 'gazette-report', kind: 'relays' },
      // wire-copy's publisher is plain text too ("Example Wire").
      { from: 'wire-copy', to: 'radio-relay', kind: 'relays' },
    ]);
  });

  it('gives each entry page its neighbourhood: the entry and everything one relation away', () => {
    const council = model.pages.find((p) => p.ref.id === 'council')!;
    expect(council.graph.centre).toBe('council');
    expect(council.graph.nodes.map((n) => n.id)).toEqual(['the-hearing', 'the-vote', 'mayor', 'council', 'jose-nunez']);
    expect(council.graph.edges.map((e) => `${e.from} ${e.kind} ${e.to}`)).toEqual([
      'jose-nunez involved the-hearing',
      'council involved the-hearing',
      'council involved the-vote',
      'mayor involved the-vote',
      'mayor member-of council',
      'jose-nunez member-of council',
    ]);
    expect(council.graph.omitted).toBe(0);
  });

  it('draws the whole of a small story on the home page', () => {
    expect(model.story.graph.nodes.length).toBe(10);
    expect(model.story.graph.edges.length).toBe(11);
    expect(model.story.graph.omitted).toBe(0);
  });
});

describe('the graph as a list', () => {
  it("lists a neighbourhood from its centre's point of view, every drawn edge once", () => {
    const council = model.pages.find((p) => p.ref.id === 'council')!;
    const lines = describeRelations(council.graph).map(
      (g) => `${g.subject.name} ${g.phrase}: ${g.objects.map((o) => o.node.name + (o.note ? ` (${o.note})` : '')).join(', ')}`,
    );
    expect(lines).toEqual([
      'Example Town Council involved in: The hearing, The vote (voted)',
      'Example Town Council includes: Ana Ruiz, José Núñez',
      'The hearing involves: José Núñez (asked for a delay)',
      'The vote involves: Ana Ruiz (chaired the vote)',
    ]);
    const listed = describeRelations(council.graph).reduce((n, g) => n + g.objects.length, 0);
    expect(listed).toBe(council.graph.edges.length);
  });

  it('lists the whole story under events, members, responses and sources', () => {
    const lines = describeRelations(model.story.graph).map(
      (g) => `${g.subject.id} ${g.phrase}: ${g.objects.map((o) => o.node.id).join(', ')}`,
    );
    expect(lines).toEqual([
      'the-hearing involves: council, jose-nunez',
      'the-vote involves: mayor, council',
      'the-reaction involves: jose-nunez',
      'the-reaction responds to: the-vote',
      'mayor part of: council',
      'jose-nunez part of: council',
      'gazette-report published by: gazette',
      'radio-relay relays: gazette-report',
      'wire-copy relays: radio-relay',
    ]);
  });
});

/** A 10,000-entry story: 8,000 events, 1,995 actors, 5 sources; one actor is in every event. */
function largeGraph(): StoryGraph {
  const nodes: StoryGraph['nodes'] = [];
  const edges: StoryGraph['edges'] = [];
  for (let i = 0; i < 8000; i++) nodes.push({ id: `e${i}`, kind: 'event', name: `Event ${i}`, href: `/events/e${i}/`, date: '2023-04' });
  for (let i = 0; i < 1995; i++) nodes.push({ id: `a${i}`, kind: 'actor', name: `Actor ${i}`, href: `/actors/a${i}/` });
  for (let i = 0; i < 5; i++) nodes.push({ id: `s${i}`, kind: 'source', name: `Source ${i}`, href: `/sources/s${i}/` });
  for (let i = 0; i < 8000; i++) {
    edges.push({ from: 'a0', to: `e${i}`, kind: 'involved' });
    edges.push({ from: `a${1 + (i % 1994)}`, to: `e${i}`, kind: 'involved' });
    edges.push({ from: `a${1 + ((i * 7) % 1994)}`, to: `e${i}`, kind: 'involved' });
  }
  return { nodes, edges };
}

describe('on a 10,000-entry story', () => {
  const g = indexGraph(largeGraph());

  it("caps a hub's neighbourhood and counts what it leaves out", () => {
    const view = neighbourhood(g, 'a0', { max: GRAPH_LIMITS.neighbours });
    expect(view.nodes.length).toBe(GRAPH_LIMITS.neighbours + 1);
    expect(view.omitted).toBe(8000 - GRAPH_LIMITS.neighbours);
    expect(view.edges.every((e) => view.nodes.some((n) => n.id === e.from) && view.nodes.some((n) => n.id === e.to))).toBe(true);
  });

  it('keeps the most connected neighbours when it must leave some out', () => {
    const small = indexGraph({
      nodes: [
        ...['e', 'f', 'h', 'i'].map((id) => ({ id, kind: 'event' as const, name: id, href: `/events/${id}/` })),
        ...['a', 'b', 'c'].map((id) => ({ id, kind: 'actor' as const, name: id, href: `/actors/${id}/` })),
      ],
      edges: [
        { from: 'a', to: 'e', kind: 'involved' },
        { from: 'b', to: 'e', kind: 'involved' },
        { from: 'c', to: 'e', kind: 'involved' },
        { from: 'a', to: 'f', kind: 'involved' },
        { from: 'a', to: 'h', kind: 'involved' },
        { from: 'a', to: 'i', kind: 'involved' },
        { from: 'c', to: 'f', kind: 'involved' },
      ],
    });
    const view = neighbourhood(small, 'e', { max: 2 });
    expect(view.nodes.map((n) => n.id)).toEqual(['e', 'a', 'c']);
    expect(view.omitted).toBe(1);
  });

  it('prunes the home page overview to the most connected entries of each kind', () => {
    const view = overview(g, { maxPerKind: GRAPH_LIMITS.overview });
    const count = (kind: string) => view.nodes.filter((n) => n.kind === kind).length;
    expect(count('event')).toBe(GRAPH_LIMITS.overview.event);
    expect(count('actor')).toBe(GRAPH_LIMITS.overview.actor);
    // The sources have no relation: nothing to draw.
    expect(count('source')).toBe(0);
    expect(view.nodes.length + view.omitted).toBe(10_000);
    expect(view.nodes.some((n) => n.id === 'a0')).toBe(true);
  });
});
