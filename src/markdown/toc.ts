/**
 * The table of contents of a long entry: its body's `##` headings with their
 * `###` headings nested, shown when the body has at least `min` of them.
 */
import type { Heading } from './rehype-heading-ids.ts';

export interface TocItem {
  id: string;
  text: string;
  children: TocItem[];
}

export const TOC_MIN_HEADINGS = 3;

export function tableOfContents(headings: readonly Heading[], min = TOC_MIN_HEADINGS): TocItem[] | undefined {
  const shown = headings.filter((h) => h.depth === 2 || h.depth === 3);
  if (shown.length < min) return undefined;
  const items: TocItem[] = [];
  for (const h of shown) {
    const item = { id: h.id, text: h.text, children: [] };
    const parent = items[items.length - 1];
    if (h.depth === 3 && parent) parent.children.push(item);
    else items.push(item);
  }
  return items;
}
