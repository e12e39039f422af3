/** A graph's layout for a story read right to left. */
import type { GraphLayout, PlacedNode } from './graph-types.ts';

/**
 * The layout read right to left: columns, boxes and labels mirrored across
 * the drawing's width (a label's `x` is then where its line starts, at the
 * box's right edge, as SVG text in a right-to-left page is anchored). The
 * edges' paths stay as drawn: `mirrored` tells the page to flip them.
 */
export function mirrorLayout(layout: GraphLayout): GraphLayout {
  const w = layout.width;
  const lines = (list: PlacedNode['lines']) => list.map((l) => ({ ...l, x: w - l.x }));
  return {
    ...layout,
    mirrored: true,
    columns: layout.columns.map((c) => ({ ...c, x: w - c.x })),
    nodes: layout.nodes.map((n) => ({
      ...n,
      x: w - n.x - n.width,
      lines: lines(n.lines),
      ...(n.full ? { full: { ...n.full, x: w - n.full.x - n.full.width, lines: lines(n.full.lines) } } : {}),
    })),
  };
}
