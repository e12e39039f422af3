/**
 * The story's relationship graph: actors, events and sources as nodes; who is
 * involved in what, who belongs to whom, which event answers which, which
 * source relays which and who publishes it, as edges. Built once per build
 * from the corpus; the home page draws an overview of it, each entry page its
 * neighbourhood, and `/data/graph.json` serves it whole.
 *
 * Every list here is in a fixed order (events by date, others by name, edges
 * in content order), so the same content gives the same graph, byte for byte.
 */
import type { Entry } from './entry.ts';
import type { EntryIndex } from './entry-index.ts';
import type { LinkableKind } from '../entries/entry-kinds.ts';
import type { EntryRef } from './site-types.ts';
import { sortEvents } from './timeline.ts';
import { relaysOf } from '../entries/schema.ts';

export type { GraphEdge, GraphNode, GraphView, RelationKind, StoryGraph } from './graph-types.ts';
import type { GraphEdge, GraphNode, GraphView, StoryGraph } from './graph-types.ts';

export const GRAPH_LIMITS = {
  /** Entries around an entry page's own node. */
  neighbours: 24,
  /** Entries of each kind on the home page's overview. */
  overview: { event: 24, actor: 24, source: 12 },
} as const;

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The whole story's graph, from the index of a checked story (every reference resolves). */
export function buildStoryGraph(index: EntryIndex<Entry>, ref: (id: string) => EntryRef): StoryGraph {
  const node = (id: string): GraphNode => {
    const r = ref(id);
    return {
      id,
      kind: r.kind as LinkableKind,
      name: r.name,
      href: r.href,
      ...(r.subtype ? { subtype: r.subtype } : {}),
      ...(r.date ? { date: r.date } : {}),
    };
  };
  const events = sortEvents(index.ofKind('event'));
  const actors = [...index.ofKind('actor')].sort(byName);
  const sources = [...index.ofKind('source')].sort(byName);
  const nodes = [...events, ...actors, ...sources].map((e) => node(e.id));
  const known = new Set(nodes.map((n) => n.id));
  const edges: GraphEdge[] = [];
  const byKey = new Map<string, GraphEdge>();
  const add = (edge: GraphEdge) => {
    if (edge.from === edge.to || !known.has(edge.from) || !known.has(edge.to)) return;
    const key = `${edge.kind} ${edge.from} ${edge.to}`;
    const same = byKey.get(key);
    if (!same) {
      byKey.set(key, edge);
      edges.push(edge);
    } else if (edge.label) same.label = same.label ? `${same.label}; ${edge.label}` : edge.label;
  };
  for (const event of events) {
    for (const a of event.data.actors) {
      const id = typeof a === 'string' ? a : a.id;
      const role = typeof a === 'string' ? undefined : a.role;
      add({ from: id, to: event.id, kind: 'involved', ...(role ? { label: role } : {}) });
    }
    if (event.data.responds_to) add({ from: event.id, to: event.data.responds_to, kind: 'responds-to' });
  }
  for (const actor of actors) {
    for (const parent of actor.data.affiliations) add({ from: actor.id, to: parent, kind: 'member-of' });
  }
  for (const source of sources) {
    for (const relayed of relaysOf(source.data)) add({ from: source.id, to: relayed, kind: 'relays' });
    // A publisher given as plain text ("Example Radio") is no node of the graph.
    const publisher = source.data.publisher ? index.get(source.data.publisher) : undefined;
    if (publisher?.kind === 'actor') add({ from: source.id, to: publisher.id, kind: 'published-by' });
  }
  return { nodes, edges };
}

/** Adjacency and degrees, computed once and shared by every neighbourhood. */
export interface GraphIndex {
  graph: StoryGraph;
  node: Map<string, GraphNode>;
  /** Edges touching each node, in the graph's edge order. */
  edgesOf: Map<string, GraphEdge[]>;
  /** Position of each node in the graph's node order (events by date first). */
  order: Map<string, number>;
  /** Position of each edge in the graph's edge order. */
  edgeOrder: Map<GraphEdge, number>;
}

export function indexGraph(graph: StoryGraph): GraphIndex {
  const node = new Map(graph.nodes.map((n) => [n.id, n]));
  const order = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const edgesOf = new Map<string, GraphEdge[]>(graph.nodes.map((n) => [n.id, []]));
  for (const edge of graph.edges) {
    edgesOf.get(edge.from)!.push(edge);
    edgesOf.get(edge.to)!.push(edge);
  }
  const edgeOrder = new Map(graph.edges.map((e, i) => [e, i]));
  return { graph, node, edgesOf, order, edgeOrder };
}

const degree = (g: GraphIndex, id: string) => g.edgesOf.get(id)?.length ?? 0;

/** The edges of `graph` whose two ends are both in `ids`. */
function edgesWithin(g: GraphIndex, ids: Set<string>): GraphEdge[] {
  // From each node's own edges, not a scan of the whole graph per neighbourhood.
  const within = new Set<GraphEdge>();
  for (const id of ids) for (const e of g.edgesOf.get(id) ?? []) if (ids.has(e.from) && ids.has(e.to)) within.add(e);
  return [...within].sort((a, b) => g.edgeOrder.get(a)! - g.edgeOrder.get(b)!);
}

/** Nodes in the graph's own order (events by date, then actors, then sources). */
function inOrder(g: GraphIndex, ids: Iterable<string>): GraphNode[] {
  return [...ids].sort((a, b) => g.order.get(a)! - g.order.get(b)!).map((id) => g.node.get(id)!);
}

/**
 * An entry and the entries one relation away, at most `max` of them: the
 * most connected first (so a hub's neighbourhood shows its main relations),
 * the rest counted in `omitted`. Its size is bounded whatever the corpus.
 */
export function neighbourhood(g: GraphIndex, id: string, options: { max: number }): GraphView {
  if (!g.node.has(id)) return { nodes: [], edges: [], omitted: 0 };
  const links = new Map<string, number>();
  for (const edge of g.edgesOf.get(id)!) {
    const other = edge.from === id ? edge.to : edge.from;
    links.set(other, (links.get(other) ?? 0) + 1);
  }
  const ranked = [...links.keys()].sort(
    (a, b) => links.get(b)! - links.get(a)! || degree(g, b) - degree(g, a) || g.order.get(a)! - g.order.get(b)!,
  );
  const kept = new Set([id, ...ranked.slice(0, options.max)]);
  return { nodes: inOrder(g, kept), edges: edgesWithin(g, kept), centre: id, omitted: ranked.length - (kept.size - 1) };
}

/**
 * The whole story, for the home page. A story of a few dozen entries is drawn
 * whole; a larger one keeps the most connected entries of each kind (events
 * still in time order) and counts the rest in `omitted`. Entries with no
 * relation at all are left out of the drawing but counted.
 */
export function overview(g: GraphIndex, options: { maxPerKind: Record<LinkableKind, number> }): GraphView {
  const kept = new Set<string>();
  for (const kind of ['event', 'actor', 'source'] as const) {
    const candidates = g.graph.nodes.filter((n) => n.kind === kind && degree(g, n.id) > 0);
    candidates
      .sort((a, b) => degree(g, b.id) - degree(g, a.id) || g.order.get(a.id)! - g.order.get(b.id)!)
      .slice(0, options.maxPerKind[kind])
      .forEach((n) => kept.add(n.id));
  }
  return { nodes: inOrder(g, kept), edges: edgesWithin(g, kept), omitted: g.graph.nodes.length - kept.size };
}
