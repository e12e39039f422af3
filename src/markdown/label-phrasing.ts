/**
 * A cross-link's label as the phrasing content it is written in:
 * `[[cnn|*CNN*]]` shows "CNN" in italics, as `[*CNN*](url)` would, with
 * emphasis, strong, strikethrough and code kept and anything else (a link,
 * an image, HTML) left as its text, since a link can't hold a link.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A label without these has nothing to read as Markdown: it is its text. */
const MARKUP = /[*_~`\\&<]/;
const processor = unified().use(remarkParse).use(remarkGfm).freeze();

/** The phrasing content of `label`. */
export function labelPhrasing(label: string): PhrasingContent[] {
  const text: PhrasingContent[] = [{ type: 'text', value: label }];
  if (!MARKUP.test(label)) return text;
  const root = processor.parse(label);
  const paragraph = root.children[0];
  // A label that would be a block of its own ("1. First", "# x") is text as written.
  if (root.children.length !== 1 || paragraph?.type !== 'paragraph') return text;
  return paragraph.children.map(kept);
}

/** A node of the label, without positions (they would be the label's, not the file's). */
function kept(node: PhrasingContent): PhrasingContent {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return { type: node.type, value: node.value };
    case 'emphasis':
    case 'strong':
    case 'delete':
      return { type: node.type, children: node.children.map(kept) };
    default:
      return { type: 'text', value: toString(node) };
  }
}
