/**
 * rehype plugin: marks where each picture of a body goes. A picture
 * (`remark-figures.ts`) is a paragraph holding one image; it becomes the
 * comment `<!--dossier:figure:N-->`, N counting the body's pictures from 0 in
 * their order, and the page puts there the figure Astro's image pipeline
 * makes of it (`EntryBody.astro`, `Figure.astro`): a responsive picture with
 * its caption and credit. It runs after sanitizing, which removes every
 * comment an editor could write, so each mark is this plugin's own.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

export const FIGURE_MARK = /<!--dossier:figure:(\d+)-->/;

const isPicture = (node: RootContent | ElementContent): boolean =>
  node.type === 'element' &&
  node.tagName === 'p' &&
  node.children.some((c) => c.type === 'element' && c.tagName === 'img') &&
  node.children.every((c) => (c.type === 'element' && c.tagName === 'img') || (c.type === 'text' && c.value.trim() === ''));

export function rehypeFigures() {
  return (tree: Root) => {
    let count = 0;
    const walk = (parent: Root | Element) => {
      parent.children = parent.children.map((child): ElementContent => {
        if (isPicture(child)) return { type: 'comment', value: `dossier:figure:${count++}` };
        if (child.type === 'element') walk(child);
        return child as ElementContent;
      });
    };
    walk(tree);
  };
}
