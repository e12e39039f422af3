/**
 * Lays out a graph view for an SVG drawn at build time: a layered layout in
 * up to three columns, events | actors | sources, so every "involved in" and
 * "published by" edge runs between neighbouring columns and relations within
 * a kind (affiliations, responses, relays) are arcs beside their column.
 *
 * Why layered and not force-directed: event titles are long sentences, and a
 * force layout lets their labels overlap at a few dozen nodes; columns of
 * fixed-height boxes never overlap, and events keep their time order top to
 * bottom. Within the actor and source columns, rows are ordered by a fixed
 * number of barycentre sweeps (fewer crossings), ties broken by the view's
 * own order. No randomness and every coordinate rounded to an integer: the
 * same view gives the same layout, byte for byte, on every build.
 */
import type { LinkableKind } from '../entries/entry-kinds.ts';
import type { GraphView, RelationKind } from './graph.ts';

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
}

export const LAYOUT = {
  boxWidth: 200,
  boxHeight: 40,
  row: 52,
  gap: 96,
  arc: 56,
  pad: 8,
  head: 30,
  /** Characters per label line at 12 px (a conservative average width of 0.58 em). */
  lineChars: 26,
} as const;

const COLUMN_ORDER: LinkableKind[] = ['event', 'actor', 'source'];
const COLUMN_LABELS: Record<LinkableKind, string> = { event: 'Events', actor: 'Actors', source: 'Sources' };
const SWEEPS = 3;

export function layoutGraph(view: GraphView): GraphLayout {
  const L = LAYOUT;
  const kinds = COLUMN_ORDER.filter((k) => view.nodes.some((n) => n.kind === k));
  const column = new Map(view.nodes.map((n) => [n.id, kinds.indexOf(n.kind)]));
  const rows: string[][] = kinds.map((k) => view.nodes.filter((n) => n.kind === k).map((n) => n.id));
  const tallest = Math.max(0, ...rows.map((r) => r.length));
  const rowY = (c: number, i: number) => L.head + Math.round(((tallest - rows[c]!.length) * L.row) / 2) + i * L.row;
  const centreY = new Map<string, number>();
  const place = () => rows.forEach((r, c) => r.forEach((id, i) => centreY.set(id, rowY(c, i) + L.boxHeight / 2)));
  place();

  const neighbours = new Map<string, string[]>(view.nodes.map((n) => [n.id, []]));
  for (const e of view.edges) {
    neighbours.get(e.from)!.push(e.to);
    neighbours.get(e.to)!.push(e.from);
  }
  // Events keep their time order; actors and sources move towards the mean
  // height of their neighbours in the columns beside them.
  const sweep = (c: number) => {
    if (kinds[c] === 'event') return;
    const key = (id: string, i: number) => {
      const ys = neighbours
        .get(id)!
        .filter((o) => Math.abs(column.get(o)! - c) === 1)
        .map((o) => centreY.get(o)!);
      return ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : rowY(c, i) + L.boxHeight / 2;
    };
    const keyed = rows[c]!.map((id, i) => ({ id, i, k: key(id, i) }));
    rows[c] = keyed.sort((a, b) => a.k - b.k || a.i - b.i).map((x) => x.id);
    place();
  };
  for (let s = 0; s < SWEEPS; s++) {
    for (let c = 1; c < kinds.length; c++) sweep(c);
    for (let c = kinds.length - 2; c >= 0; c--) sweep(c);
  }
  // Shorter columns then slide, in order, towards their neighbours' height
  // (nearest the tallest column first), so short lines replace long ones.
  const tallestColumn = rows.findIndex((r) => r.length === tallest);
  const outward = kinds
    .map((_, c) => c)
    .filter((c) => c !== tallestColumn)
    .sort((a, b) => Math.abs(a - tallestColumn) - Math.abs(b - tallestColumn));
  for (const c of outward) {
    const ideal = rows[c]!.map((id) => {
      const ys = neighbours
        .get(id)!
        .filter((o) => Math.abs(column.get(o)! - c) === 1)
        .map((o) => centreY.get(o)!);
      return ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : centreY.get(id)!;
    });
    packed(ideal, L.head + L.boxHeight / 2, L.head + (tallest - 1) * L.row + L.boxHeight / 2, L.row).forEach((y, i) =>
      centreY.set(rows[c]![i]!, y),
    );
  }

  // Arcs for relations within a column go on its outer side: the left of the
  // first column when there are several, the right of every other one.
  const arcSide = (c: number): -1 | 1 => (c === 0 && kinds.length > 1 ? -1 : 1);
  const hasArcs = (c: number) => view.edges.some((e) => column.get(e.from) === c && column.get(e.to) === c);
  const left = L.pad + (kinds.length > 1 && hasArcs(0) ? L.arc : 0);
  const right = L.pad + (hasArcs(kinds.length - 1) && arcSide(kinds.length - 1) === 1 ? L.arc : 0);
  const colX = (c: number) => left + c * (L.boxWidth + L.gap);
  const width = kinds.length ? colX(kinds.length - 1) + L.boxWidth + right : 0;
  const height = L.head + tallest * L.row - (L.row - L.boxHeight) + L.pad;

  const byId = new Map(view.nodes.map((n) => [n.id, n]));
  const nodes: PlacedNode[] = rows.flatMap((r, c) =>
    r.map((id) => {
      const n = byId.get(id)!;
      const x = colX(c);
      const y = centreY.get(id)! - L.boxHeight / 2;
      const text = wrapLabel(n.name, L.lineChars);
      const baselines = text.length === 1 ? [y + 25] : [y + 17, y + 32];
      return {
        id,
        kind: n.kind,
        name: n.name,
        href: n.href,
        x,
        y,
        width: L.boxWidth,
        height: L.boxHeight,
        lines: text.map((t, j) => ({ text: t, x: x + 10, y: baselines[j]! })),
        centre: id === view.centre,
      };
    }),
  );
  const placed = new Map(nodes.map((n) => [n.id, n]));
  const edges: PlacedEdge[] = view.edges.map((e) => {
    const a = placed.get(e.from)!;
    const b = placed.get(e.to)!;
    return { from: e.from, to: e.to, kind: e.kind, path: edgePath(a, b, arcSide(column.get(e.from)!)) };
  });
  const columns = kinds.map((kind, c) => ({ kind, label: COLUMN_LABELS[kind], x: colX(c) + 10, y: L.head - 12 }));
  return { width, height, columns, nodes, edges };
}

/**
 * Positions as near their ideal as rows `gap` apart, in order, within
 * [`low`, `high`] allow; rounded to whole pixels.
 */
export function packed(ideal: readonly number[], low: number, high: number, gap: number): number[] {
  const ys = ideal.map((y) => Math.round(y));
  for (let i = 0; i < ys.length; i++) ys[i] = Math.max(ys[i]!, i ? ys[i - 1]! + gap : low);
  for (let i = ys.length - 1; i >= 0; i--) ys[i] = Math.min(ys[i]!, i < ys.length - 1 ? ys[i + 1]! - gap : high);
  for (let i = 0; i < ys.length; i++) ys[i] = Math.max(ys[i]!, i ? ys[i - 1]! + gap : low);
  return ys;
}

/** A curve from box to box: side to side across columns, an arc beside the column within one. */
function edgePath(a: PlacedNode, b: PlacedNode, side: -1 | 1): string {
  const ay = a.y + a.height / 2;
  const by = b.y + b.height / 2;
  if (a.x === b.x) {
    const x = side === -1 ? a.x : a.x + a.width;
    const bulge = side * Math.min(LAYOUT.arc, 16 + Math.round(Math.abs(by - ay) / 3));
    return `M${x} ${ay}C${x + bulge} ${ay} ${x + bulge} ${by} ${x} ${by}`;
  }
  const [l, r, ly, ry] = a.x < b.x ? [a, b, ay, by] : [b, a, by, ay];
  const x1 = l.x + l.width;
  const x2 = r.x;
  const mx = Math.round((x1 + x2) / 2);
  return `M${x1} ${ly}C${mx} ${ly} ${mx} ${ry} ${x2} ${ry}`;
}

/**
 * Wraps a label into at most two lines of `chars` characters, at spaces. A
 * longer label ends in "…" after a whole word and outside any parenthesis, so
 * the words shown are the start of the link's name (WCAG 2.5.3, label in name).
 */
export function wrapLabel(label: string, chars: number): string[] {
  const words = label.trim().split(/\s+/);
  const lines: string[][] = [];
  let i = 0;
  while (i < words.length && lines.length < 2) {
    const line = [words[i++]!];
    while (i < words.length && [...line, words[i]].join(' ').length <= chars) line.push(words[i++]!);
    lines.push(line);
  }
  if (i < words.length) {
    const last = lines[lines.length - 1]!;
    const unclosed = () => {
      const shown = lines.flat().join(' ');
      return (shown.match(/\(/g)?.length ?? 0) > (shown.match(/\)/g)?.length ?? 0);
    };
    while (last.length > 1 && (last.join(' ').length + 1 > chars || unclosed())) last.pop();
    last[last.length - 1] += '…';
  }
  return lines.map((l) => l.join(' ')).map((line) => (line.length > chars ? `${line.slice(0, chars - 1)}…` : line));
}
