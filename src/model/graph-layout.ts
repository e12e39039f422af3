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
import { english, type Translator } from '../i18n/translator.ts';
import { mirrorLayout } from './graph-mirror.ts';
import type { LinkableKind } from '../entries/entry-kinds.ts';
import type { GraphView } from './graph.ts';

import type { GraphLayout, PlacedEdge, PlacedNode } from './graph-types.ts';

export type { GraphLayout, PlacedEdge, PlacedNode };

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
  /** How far a member is drawn in from the group it is part of, per level. */
  indent: 14,
} as const;

const COLUMN_ORDER: LinkableKind[] = ['event', 'actor', 'source'];
const SWEEPS = 3;
/** Deeper members are drawn as far in as the third level. */
const MAX_INDENT_LEVELS = 3;

export function layoutGraph(view: GraphView, i18n: Translator = english()): GraphLayout {
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
  // An actor that is part of another comes right below it, drawn indented, so
  // each "part of" arc is short and reads as belonging to its group.
  const depth = new Map<string, number>();
  for (let c = 0; c < kinds.length; c++) {
    const grouped = groupedOrder(
      rows[c]!,
      view.edges.filter((e) => e.kind === 'member-of' && column.get(e.from) === c && column.get(e.to) === c),
    );
    rows[c] = grouped.map((g) => g.id);
    for (const g of grouped) depth.set(g.id, g.depth);
  }
  place();
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
      const level = Math.min(depth.get(id) ?? 0, MAX_INDENT_LEVELS);
      const x = colX(c) + level * L.indent;
      const width = L.boxWidth - level * L.indent;
      const y = centreY.get(id)! - L.boxHeight / 2;
      const chars = L.lineChars - Math.ceil((level * L.indent) / 7);
      const text = wrapLabel(n.name, chars);
      const baselines = text.length === 1 ? [y + 25] : [y + 17, y + 32];
      return {
        id,
        kind: n.kind,
        name: n.name,
        href: n.href,
        x,
        y,
        width,
        height: L.boxHeight,
        lines: text.map((t, j) => ({ text: t, x: x + 10, y: baselines[j]! })),
        ...(text.join(' ') === n.name.trim().split(/\s+/).join(' ')
          ? {}
          : { full: fullLabel(n.name, x, y, width, c === kinds.length - 1 && c > 0) }),
        depth: level,
        centre: id === view.centre,
      };
    }),
  );
  const placed = new Map(nodes.map((n) => [n.id, n]));
  const edges: PlacedEdge[] = view.edges.map((e) => {
    const a = placed.get(e.from)!;
    const b = placed.get(e.to)!;
    const same = column.get(e.from) === column.get(e.to);
    return { from: e.from, to: e.to, kind: e.kind, path: edgePath(a, b, same, arcSide(column.get(e.from)!)) };
  });
  const columns = kinds.map((kind, c) => ({ kind, label: i18n.t(`graph.column.${kind}`), x: colX(c) + 10, y: L.head - 12 }));
  const layout = { width, height, columns, nodes, edges };
  return i18n.dir === 'rtl' ? mirrorLayout(layout) : layout;
}

/** Characters per line of a full label: the box and the gap beside it hold 3 lines of them. */
const FULL_CHARS = 40;

/** The full name's box over a node's box (`leftwards` for the last column, whose gap is on its left). */
function fullLabel(name: string, x: number, y: number, width: number, leftwards: boolean): NonNullable<PlacedNode['full']> {
  const lines = wrapLabel(name, FULL_CHARS, 3);
  const fullWidth = Math.min(width + LAYOUT.gap - 8, Math.max(width, 20 + Math.ceil(Math.max(...lines.map((l) => l.length)) * 7)));
  const height = Math.max(LAYOUT.boxHeight, 8 + lines.length * 14);
  const left = leftwards ? x + width - fullWidth : x;
  return { x: left, y, width: fullWidth, height, lines: lines.map((text, i) => ({ text, x: left + 10, y: y + 16 + i * 14 })) };
}

/**
 * A column's rows with each member right below the group it is part of
 * (its first group in the column, when it has several), members in the
 * column's order; `depth` counts the groups above. Loops are not followed.
 */
export function groupedOrder(ids: readonly string[], memberOf: readonly { from: string; to: string }[]): { id: string; depth: number }[] {
  const inColumn = new Set(ids);
  const position = new Map(ids.map((id, i) => [id, i]));
  const group = new Map<string, string>();
  for (const e of memberOf) {
    if (!inColumn.has(e.to) || e.from === e.to) continue;
    const current = group.get(e.from);
    if (current === undefined || position.get(e.to)! < position.get(current)!) group.set(e.from, e.to);
  }
  const members = new Map<string, string[]>();
  for (const id of ids) {
    const g = group.get(id);
    if (g !== undefined) members.set(g, [...(members.get(g) ?? []), id]);
  }
  const out: { id: string; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (id: string, depth: number) => {
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ id, depth });
    for (const m of members.get(id) ?? []) visit(m, depth + 1);
  };
  for (const id of ids) if (!group.has(id)) visit(id, 0);
  // Members of a loop of groups, which no root reaches: in the column's order.
  for (const id of ids) visit(id, 0);
  return out;
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
function edgePath(a: PlacedNode, b: PlacedNode, sameColumn: boolean, side: -1 | 1): string {
  const ay = a.y + a.height / 2;
  const by = b.y + b.height / 2;
  if (sameColumn) {
    // Boxes of a column share their right edge (members are indented on the left).
    const x = side === -1 ? Math.min(a.x, b.x) : a.x + a.width;
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
 * Wraps a label into at most `most` lines of `chars` characters, at spaces. A
 * longer label ends in "…" after a whole word and outside any parenthesis, so
 * the words shown are the start of the link's name (WCAG 2.5.3, label in name).
 */
export function wrapLabel(label: string, chars: number, most = 2): string[] {
  const words = label.trim().split(/\s+/);
  const lines: string[][] = [];
  let i = 0;
  while (i < words.length && lines.length < most) {
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
