/**
 * The graph's layout (graph-layout.ts): deterministic, whole pixels, boxes
 * that never overlap, events top to bottom in time order, bounded in size.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/model/corpus.ts';
import { siteModelOf } from '../../src/model/render-entries.ts';
import { GRAPH_LIMITS, indexGraph, overview, type StoryGraph } from '../../src/model/graph.ts';
import { groupedOrder, LAYOUT, layoutGraph, packed, wrapLabel, type GraphLayout } from '../../src/model/graph-layout.ts';

const leakCorpus = await loadCorpus('content');
const leak = () => siteModelOf(leakCorpus, { base: '/explainers/leak/' });

function overlaps(layout: GraphLayout): string[] {
  const found: string[] = [];
  for (const a of layout.nodes) {
    for (const b of layout.nodes) {
      if (a.id < b.id && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        found.push(`${a.id}/${b.id}`);
    }
  }
  return found;
}

describe('the graph layout', () => {
  it('is the same on every run, from a freshly loaded corpus', () => {
    const first = JSON.stringify(layoutGraph(leak().story.graph));
    const second = JSON.stringify(layoutGraph(leak().story.graph));
    expect(second).toBe(first);
  });

  it('uses whole pixels only, so the SVG is byte-stable', () => {
    const layout = layoutGraph(leak().story.graph);
    const numbers = [
      layout.width,
      layout.height,
      ...layout.nodes.flatMap((n) => [n.x, n.y, n.width, n.height, ...n.lines.flatMap((l) => [l.x, l.y])]),
      ...layout.edges.flatMap((e) => e.path.match(/-?[\d.]+/g)!.map(Number)),
    ];
    expect(numbers.every(Number.isInteger)).toBe(true);
  });

  it('puts events, actors and sources in columns, with no two boxes overlapping', () => {
    const layout = layoutGraph(leak().story.graph);
    expect(layout.columns.map((c) => c.label)).toEqual(['Events', 'Actors', 'Sources']);
    expect(overlaps(layout)).toEqual([]);
    for (const node of layout.nodes) {
      // Members are drawn indented below their group; every box of a column ends at its right edge.
      const columnX = layout.columns.find((c) => c.label.toLowerCase().startsWith(node.kind))!.x - 10;
      expect(node.x).toBe(columnX + node.depth * LAYOUT.indent);
      expect(node.x + node.width).toBe(columnX + LAYOUT.boxWidth);
      expect(node.x + node.width).toBeLessThanOrEqual(layout.width);
      expect(node.y + node.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('draws each actor that is part of another right below it, indented, with a short arc', () => {
    const view = {
      centre: undefined,
      omitted: 0,
      nodes: ['us', 'ukraine', 'pentagon', 'cia', 'nsa', 'officials'].map((id) => ({
        id,
        kind: 'actor' as const,
        name: id,
        href: `/actors/${id}/`,
      })),
      edges: [
        { from: 'pentagon', to: 'us', kind: 'member-of' as const },
        { from: 'officials', to: 'pentagon', kind: 'member-of' as const },
        { from: 'cia', to: 'us', kind: 'member-of' as const },
      ],
    };
    const layout = layoutGraph(view);
    const order = [...layout.nodes].sort((a, b) => a.y - b.y).map((n) => [n.id, n.depth]);
    expect(order).toEqual([
      ['us', 0],
      ['pentagon', 1],
      ['officials', 2],
      ['cia', 1],
      ['ukraine', 0],
      ['nsa', 0],
    ]);
    expect(
      groupedOrder(
        ['a', 'b'],
        [
          { from: 'a', to: 'b' },
          { from: 'b', to: 'a' },
        ],
      ).map((g) => g.id),
    ).toEqual(['a', 'b']);
  });

  it('gives a label cut with "…" its full name, in a box that stays out of the next column', () => {
    const long = 'Pentagon officials who spoke on condition of anonymity (as cited by Sputnik)';
    const view = {
      centre: undefined,
      omitted: 0,
      nodes: [
        { id: 'e', kind: 'event' as const, name: long, href: '/events/e/' },
        { id: 'a', kind: 'actor' as const, name: 'Short', href: '/actors/a/' },
        { id: 's', kind: 'source' as const, name: long, href: '/sources/s/' },
      ],
      edges: [
        { from: 'a', to: 'e', kind: 'involved' as const },
        { from: 's', to: 'a', kind: 'published-by' as const },
      ],
    };
    const layout = layoutGraph(view);
    const [event, actor, source] = ['e', 'a', 's'].map((id) => layout.nodes.find((n) => n.id === id)!);
    expect(actor!.full).toBeUndefined();
    for (const node of [event!, source!]) {
      expect(node.lines.at(-1)!.text.endsWith('…')).toBe(true);
      expect(node.full!.lines.map((l) => l.text).join(' ')).toBe(long);
      expect(node.full!.height).toBeLessThan(LAYOUT.row);
    }
    expect(event!.full!.x + event!.full!.width).toBeLessThan(actor!.x);
    expect(source!.full!.x).toBeGreaterThan(actor!.x + actor!.width);
    expect(source!.full!.x + source!.full!.width).toBe(source!.x + source!.width);
  });

  it('keeps events in time order from top to bottom', () => {
    const model = leak();
    const layout = layoutGraph(model.story.graph);
    const events = layout.nodes
      .filter((n) => n.kind === 'event')
      .sort((a, b) => a.y - b.y)
      .map((n) => n.id);
    expect(events).toEqual(model.timeline.map((e) => e.id));
  });

  it('connects each edge to its two boxes', () => {
    const layout = layoutGraph(leak().story.graph);
    const node = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const edge of layout.edges) {
      const [x1, y1] = edge.path
        .match(/^M(-?\d+) (-?\d+)/)!
        .slice(1)
        .map(Number);
      const [x2, y2] = edge.path
        .match(/(-?\d+) (-?\d+)$/)!
        .slice(1)
        .map(Number);
      const touches = (id: string, x: number, y: number) => {
        const n = node.get(id)!;
        return (x === n.x || x === n.x + n.width) && y === n.y + n.height / 2;
      };
      expect(touches(edge.from, x1!, y1!) || touches(edge.from, x2!, y2!), edge.path).toBe(true);
      expect(touches(edge.to, x1!, y1!) || touches(edge.to, x2!, y2!), edge.path).toBe(true);
    }
  });

  it('stays within a bounded size on a 10,000-entry story', () => {
    const nodes: StoryGraph['nodes'] = [];
    const edges: StoryGraph['edges'] = [];
    for (let i = 0; i < 9000; i++)
      nodes.push({ id: `e${i}`, kind: 'event', name: `A long event title number ${i} that wraps onto more than two lines`, href: '/' });
    for (let i = 0; i < 1000; i++) nodes.push({ id: `a${i}`, kind: 'actor', name: `Actor ${i}`, href: '/' });
    for (let i = 0; i < 9000; i++)
      edges.push({ from: `a${i % 1000}`, to: `e${i}`, kind: 'involved' }, { from: `a${(i * 13) % 1000}`, to: `e${i}`, kind: 'involved' });
    const layout = layoutGraph(overview(indexGraph({ nodes, edges }), { maxPerKind: GRAPH_LIMITS.overview }));
    const rows = Math.max(GRAPH_LIMITS.overview.event, GRAPH_LIMITS.overview.actor, GRAPH_LIMITS.overview.source);
    expect(layout.height).toBeLessThanOrEqual(LAYOUT.head + rows * LAYOUT.row + LAYOUT.pad);
    expect(layout.width).toBeLessThanOrEqual(3 * LAYOUT.boxWidth + 2 * LAYOUT.gap + 2 * (LAYOUT.arc + LAYOUT.pad));
    expect(overlaps(layout)).toEqual([]);
  });
});

describe('labels and rows', () => {
  it('wraps a label onto at most two lines, ending a longer one in "…"', () => {
    expect(wrapLabel('CNN', 26)).toEqual(['CNN']);
    expect(wrapLabel("Pentagon's classified documents leak online", 26)).toEqual(["Pentagon's classified", 'documents leak online']);
    expect(wrapLabel('CNN reports the leak has deeply alarmed US officials', 26)).toEqual([
      'CNN reports the leak has',
      'deeply alarmed US…',
    ]);
    expect(wrapLabel('Supercalifragilisticexpialidocious-and-more', 10)).toEqual(['Supercali…']);
    expect(wrapLabel('CNN report on the leaked Pentagon documents (as cited by Sputnik)', 26)).toEqual([
      'CNN report on the leaked',
      'Pentagon documents…',
    ]);
    for (const line of wrapLabel('A label of many many words that goes on and on and on', 12)) expect(line.length).toBeLessThanOrEqual(12);
  });

  it('packs rows in order, at least a row apart, as near their ideal as the bounds allow', () => {
    expect(packed([100, 100, 100], 0, 1000, 50)).toEqual([100, 150, 200]);
    expect(packed([990, 995], 0, 1000, 50)).toEqual([950, 1000]);
    expect(packed([-20, 500.4], 0, 1000, 50)).toEqual([0, 500]);
  });
});
