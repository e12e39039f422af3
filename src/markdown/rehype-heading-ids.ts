/**
 * rehype plugin: gives `h2`–`h4` stable ids (GitHub-style slugs) so the table
 * of contents and readers' bookmarks can point at them, and leaves them on
 * the file (`file.data.headings`). Runs after sanitizing, so its ids are not
 * prefixed.
 */
import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import GithubSlugger from 'github-slugger';

export interface Heading {
  depth: number;
  id: string;
  text: string;
}

/** Ids the pages give their own sections (see src/pages and src/components). */
const RESERVED_IDS = [
  'main',
  'references',
  'mentions',
  'top',
  'involved',
  'who',
  'responses',
  'cited-by',
  'graph',
  'related',
  'toc-label',
  'full-story',
  'key-actors',
  'at-a-glance',
];

declare module 'vfile' {
  interface DataMap {
    headings: Heading[];
  }
}

export function rehypeHeadingIds() {
  return (tree: Root, file: VFile) => {
    const headings: Heading[] = [];
    file.data.headings = headings;
    const slugger = new GithubSlugger();
    // Ids the page itself uses; a heading must not take them.
    for (const reserved of RESERVED_IDS) slugger.slug(reserved);
    visit(tree, 'element', (node: Element) => {
      const depth = /^h([2-4])$/.exec(node.tagName)?.[1];
      // Headings that already have one (the footnotes' label) keep it.
      if (!depth || node.properties.id) return;
      // The heading's words only: its citation and footnote marks would change its
      // id whenever the sources are numbered again.
      const text = toString({ ...node, children: withoutMarks(node.children) })
        .replace(/\s+/g, ' ')
        .trim();
      const id = slugger.slug(text || 'section');
      node.properties.id = id;
      headings.push({ depth: Number(depth), id, text });
    });
  };
}

/** `children` without the `<sup>` marks (citations, footnote references) they hold. */
function withoutMarks(children: Element['children']): Element['children'] {
  return children
    .filter((child) => !(child.type === 'element' && child.tagName === 'sup'))
    .map((child) => (child.type === 'element' ? { ...child, children: withoutMarks(child.children) } : child));
}
