/**
 * The shapes of the story's relationship graph (built by `graph.ts`): its
 * nodes and edges, the whole graph `/data/graph.json` serves, and the part of
 * it a page draws.
 */
import type { LinkableKind } from '../entries/entry-kinds.ts';

export type RelationKind = 'involved' | 'member-of' | 'responds-to' | 'relays' | 'published-by';

export interface GraphNode {
  id: string;
  kind: LinkableKind;
  name: string;
  href: string;
  /** Actors: their kind; events: their status. */
  subtype?: string;
  /** Events: the date as written. */
  date?: string;
}

/**
 * A relation, read "from <kind> to": an actor is involved in an event, an
 * actor is a member of an actor, an event responds to an event, a source
 * relays a source, a source is published by an actor.
 */
export interface GraphEdge {
  from: string;
  to: string;
  kind: RelationKind;
  /** The actor's role in the event, when the event gives one. */
  label?: string;
}

export interface StoryGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** A part of the graph to draw: some nodes, the edges between them, and how many were left out. */
export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The entry a neighbourhood is centred on. */
  centre?: string;
  /** Nodes that belong in this view but were left out to keep it readable. */
  omitted: number;
}

/** How much of the graph pages draw: bounded whatever the size of the story. */
