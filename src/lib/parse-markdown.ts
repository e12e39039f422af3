/**
 * How every entry's Markdown is parsed: remark with GitHub Flavored Markdown.
 *
 * Two GFM constructs are looked for everywhere and found almost nowhere in an
 * explainer: autolink literals (`www.x.org`, `https://x.org`, `a@x.org`
 * becoming links), tried at every word, and tables, tried at every line. Both
 * together are more than half the cost of parsing. A body that can't hold one
 * is parsed without looking for it, which gives the same tree: the tests
 * (`parse-markdown.test.ts`) hold every variant to the full GFM parser. And
 * most bodies need no micromark at all (`parse-plain-markdown.ts`).
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import { combineExtensions } from 'micromark-util-combine-extensions';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { MAY_HOLD_AUTOLINK_LITERAL, mayHoldTable } from './gfm-triggers.ts';
import { parsePlainMarkdown } from './parse-plain-markdown.ts';

/** remark-gfm's extensions, in its order, with or without the two above. */
function remarkGfmParts(this: Processor, options: { autolinks: boolean; tables: boolean }) {
  const data = this.data();
  const syntax: MicromarkExtension[] = [];
  const tree: FromMarkdownExtension[] = [];
  if (options.autolinks) syntax.push(gfmAutolinkLiteral()), tree.push(gfmAutolinkLiteralFromMarkdown());
  syntax.push(gfmFootnote(), gfmStrikethrough());
  tree.push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown());
  if (options.tables) syntax.push(gfmTable()), tree.push(gfmTableFromMarkdown());
  syntax.push(gfmTaskListItem());
  tree.push(gfmTaskListItemFromMarkdown());
  // One extension, combined once: micromark combines what it is given on every parse.
  (data.micromarkExtensions ??= []).push(combineExtensions(syntax));
  (data.fromMarkdownExtensions ??= []).push(...tree);
}

const parsers = new Map<string, Processor<Root>>();

/**
 * Parses Markdown the way every entry is parsed: a body of plain prose,
 * headings and footnotes without micromark, which gives the same tree.
 */
export function parseMarkdown(markdown: string): Root {
  return parsePlainMarkdown(markdown) ?? parseWithRemark(markdown);
}

/** remark with GFM, whatever the body holds: what `parsePlainMarkdown` is held to. */
export function parseWithRemark(markdown: string): Root {
  const options = { autolinks: MAY_HOLD_AUTOLINK_LITERAL.test(markdown), tables: mayHoldTable(markdown) };
  const key = `${options.autolinks}${options.tables}`;
  let parser = parsers.get(key);
  if (!parser) parsers.set(key, (parser = unified().use(remarkParse).use(remarkGfmParts, options) as never));
  return parser.parse(markdown);
}
