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

export interface PlacedNode {
  id: string;
  kind: LinkableKind;
  name: string;
  href: string;
  /** Top-left corner and size of the node's box. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label, wrapped to at most two lines (the second may end in "…"). */
  lines: { text: string; x: number; y: number }[];
  /**
   * When the label lost words to "…", the full name, shown over the box on
   * hover and focus: a box reaching into the gap beside the column (never
   * into another column), and its lines.
   */
  full?: { x: number; y: number; width: number; height: number; lines: { text: string; x: number; y: number }[] };
  /** How many groups deep the actor is drawn below the group it is part of (0: not indented). */
  depth: number;
  centre: boolean;
}

export interface PlacedEdge {
  from: string;
  to: string;
  kind: RelationKind;
  /** An SVG path (`d`). */
  path: string;
}

export interface GraphLayout {
  width: number;
  height: number;
  columns: { kind: LinkableKind; label: string; x: number; y: number }[];
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  /** Drawn right to left (`mirrorLayout`): the edges' paths are to be flipped across the width. */
  mirrored?: boolean;
}
