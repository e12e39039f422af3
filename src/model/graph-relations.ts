/**
 * A graph view in words: the list that stands next to each drawing, so the
 * relations it shows are there for screen readers, keyboards, text browsers
 * and print. Every drawn edge is listed exactly once.
 */
import { english, type MessageKey, type Translator } from '../i18n/translator.ts';
import type { GraphEdge, GraphNode, GraphView, RelationKind } from './graph.ts';

export interface RelationGroup {
  subject: GraphNode;
  /** "involved in", "includes"... */
  phrase: string;
  objects: { node: GraphNode; note?: string }[];
}

/** The relations, in the order their lines are listed. */
const KINDS: readonly RelationKind[] = ['involved', 'member-of', 'responds-to', 'relays', 'published-by'];

/** How a relation reads from its `from` end ("involved in") or from its `to` end ("involves"). */
export function relationPhrase(kind: RelationKind, backward: boolean, i18n: Translator = english()): string {
  return i18n.t(backward ? (`graph.relation.${kind}.reverse` as MessageKey) : (`graph.relation.${kind}` as MessageKey));
}

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

export function describeRelations(view: GraphView, i18n: Translator = english()): RelationGroup[] {
  const position = new Map(view.nodes.map((n, i) => [n.id, view.centre === n.id ? -1 : i]));
  const node = new Map(view.nodes.map((n) => [n.id, n]));
  const groups = new Map<string, RelationGroup & { kind: RelationKind; backward: boolean }>();
  for (const edge of view.edges) {
    const underFrom = edge.from === view.centre || (edge.to !== view.centre && LISTED_UNDER[edge.kind] === 'from');
    const [subjectId, objectId] = underFrom ? [edge.from, edge.to] : [edge.to, edge.from];
    const phrase = relationPhrase(edge.kind, !underFrom, i18n);
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
