/**
 * rehype plugin: a "#" link beside each `h2`–`h4` that has an id, shown on
 * hover and focus, so a reader can share a section (as Starlight does: the
 * heading and its link in a wrapper, the link outside the heading so the
 * heading's name stays its words). Runs after `rehypeHeadingIds`.
 */
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';

/** The footnotes' own label (remark-rehype's), which is no section of the text. */
const NOT_A_SECTION = new Set(['footnote-label']);

export interface RehypeHeadingAnchorsOptions {
  /** What a screen reader hears for the link, from the heading's words (the story's language). */
  label?: (heading: string) => string;
}

export function rehypeHeadingAnchors(options: RehypeHeadingAnchorsOptions = {}) {
  const label = options.label ?? ((words: string) => `Section “${words}”`);
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      const id = node.properties.id;
      if (!/^h[2-4]$/.test(node.tagName) || typeof id !== 'string' || NOT_A_SECTION.has(id) || !parent || index === undefined) return;
      const words = toString(node).replace(/\s+/g, ' ').trim();
      const anchor: ElementContent = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' },
        children: [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['visually-hidden'] },
            children: [{ type: 'text', value: label(words) }],
          },
        ],
      };
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrapper', `heading-wrapper--${node.tagName}`] },
        children: [node, anchor],
      };
      return [SKIP, index + 1];
    });
  };
}
