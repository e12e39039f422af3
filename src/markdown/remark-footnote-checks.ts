/**
 * remark plugin: footnotes the page will not show as written, each a warning
 * at its place (`file.message`, as `remark-body-checks.ts` reports):
 *
 * - a mark `[^x]` with no definition, which GFM leaves as text;
 * - a definition given twice (the page shows the first);
 * - a definition no mark uses (the page leaves it out).
 *
 * Labels match as GFM matches them: case-insensitively
 * (https://github.github.com/gfm/#matches).
 */
import type { FootnoteDefinition, Nodes, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import type { Point } from 'unist';
import { messages } from '../problems/messages.ts';
import { report } from './remark-body-checks.ts';

/** `[^label]` as GFM would read a footnote mark, in the text as written. */
const MARK = /\[\^([^\]\s]+)\]/g;

export function remarkFootnoteChecks() {
  return (tree: Root, file: VFile) => {
    const definitions = new Map<string, FootnoteDefinition>();
    const unusedOrder: FootnoteDefinition[] = [];
    const used = new Set<string>();
    const texts: Text[] = [];
    const walk = (node: Nodes) => {
      if (node.type === 'footnoteReference') used.add(node.identifier);
      else if (node.type === 'text') texts.push(node);
      else if (node.type === 'footnoteDefinition') {
        if (definitions.has(node.identifier)) report(file, node, 'warning', messages.footnoteDuplicate(node.label ?? node.identifier));
        else {
          definitions.set(node.identifier, node);
          unusedOrder.push(node);
        }
      }
      if ('children' in node) for (const child of node.children) walk(child);
    };
    walk(tree);
    for (const definition of unusedOrder) {
      if (!used.has(definition.identifier))
        report(file, definition, 'warning', messages.footnoteUnused(definition.label ?? definition.identifier));
    }
    const source = String(file.value);
    for (const text of texts) {
      for (const mark of unresolvedMarks(source, text)) {
        // A defined label left as text is in a place a mark can't be (a link's text): no missing definition.
        if (!definitions.has(mark.label.toLowerCase())) report(file, mark.at, 'warning', messages.footnoteUndefined(mark.label));
      }
    }
  };
}

/**
 * The footnote marks left as text in `text`, read from the source as written
 * (so an escaped `\[^1]` is no mark), with their positions.
 */
function unresolvedMarks(source: string, text: Text): { label: string; at: Point }[] {
  const start = text.position?.start;
  const end = text.position?.end;
  if (start?.offset === undefined || end?.offset === undefined) return [];
  const written = source.slice(start.offset, end.offset);
  if (!written.includes('[^')) return [];
  const found: { label: string; at: Point }[] = [];
  for (const match of written.matchAll(MARK)) {
    let slashes = 0;
    while (written[match.index - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 1) continue;
    const before = written.slice(0, match.index);
    const lineBreak = before.lastIndexOf('\n');
    const line = start.line + (before.match(/\n/g)?.length ?? 0);
    const column = lineBreak === -1 ? start.column + match.index : match.index - lineBreak;
    found.push({ label: match[1]!, at: { line, column } });
  }
  return found;
}
