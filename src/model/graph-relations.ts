/**
 * A graph view in words: the list that stands next to each drawing, so the
 * relations it shows are there for screen readers, keyboards, text browsers
 * and print. Every drawn edge is listed exactly once.
 */
import type { GraphEdge, GraphNode, GraphView, RelationKind } from './graph.ts';

export interface RelationGroup {
  subject: GraphNode;
  /** "involved in", "includes"... */
  phrase: string;
  objects: { node: GraphNode; note?: string }[];
}

/** How each relation reads from its `from` end and from its `to` end. */
export const RELATION_PHRASES: Record<RelationKind, readonly [forward: string, backward: string]> = {
  involved: ['involved in', 'involves'],
  'member-of': ['part of', 'includes'],
  'responds-to': ['responds to', 'answered by'],
  relays: ['relays', 'relayed by'],
  'published-by': ['published by', 'publishes'],
};

/**
 * Which end an edge is listed under when it does not touch the centre: events
 * list their actors ("involves"), everything else reads forward.
 */
const LISTED_UNDER: Record<RelationKind, 'from' | 'to'> = {
  involved: 'to',
  'member-of': 'from',
  'responds-to': 'from',
  relays: 'from',
  'published-by': 'from',
};

const KINDS = Object.keys(RELATION_PHRASES) as RelationKind[];

export function describeRelations(view: GraphView): RelationGroup[] {
  const position = new Map(view.nodes.map((n, i) => [n.id, view.centre === n.id ? -1 : i]));
  const node = new Map(view.nodes.map((n) => [n.id, n]));
  const groups = new Map<string, RelationGroup & { kind: RelationKind; backward: boolean }>();
  for (const edge of view.edges) {
    const underFrom = edge.from === view.centre || (edge.to !== view.centre && LISTED_UNDER[edge.kind] === 'from');
    const [subjectId, objectId] = underFrom ? [edge.from, edge.to] : [edge.to, edge.from];
    const phrase = RELATION_PHRASES[edge.kind][underFrom ? 0 : 1];
    const key = `${subjectId} ${phrase}`;
    const group = groups.get(key) ?? { subject: node.get(subjectId)!, phrase, objects: [], kind: edge.kind, backward: !underFrom };
    group.objects.push({ node: node.get(objectId)!, ...noteOf(edge) });
    groups.set(key, group);
  }
  const rank = (g: { subject: GraphNode; kind: RelationKind; backward: boolean }) => [
    position.get(g.subject.id)!,
    KINDS.indexOf(g.kind),
    g.backward ? 1 : 0,
  ];
  return [...groups.values()]
    .sort((a, b) => compareTuples(rank(a), rank(b)))
    .map(({ subject, phrase, objects }) => ({
      subject,
      phrase,
      objects: objects.sort((x, y) => position.get(x.node.id)! - position.get(y.node.id)!),
    }));
}

function noteOf(edge: GraphEdge): { note?: string } {
  return edge.label ? { note: edge.label } : {};
}

function compareTuples(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
