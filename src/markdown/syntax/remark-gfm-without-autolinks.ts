/**
 * remark plugin: GitHub Flavored Markdown as `remark-gfm` reads it (footnotes,
 * strikethrough, tables, task lists), less its autolink literals (a bare
 * `www.example.org`, `https://...` or `name@example.org` made a link).
 *
 * Looking for autolink literals is more than half of GFM's parsing: the
 * extension is tried at every letter and digit of the text. `parse-body.ts`
 * uses this plugin only for a body in which none can start (`mayAutolink`),
 * so the tree is the one `remark-gfm` makes, at less than half the cost.
 */
import type { Processor } from 'unified';
import { combineExtensions } from 'micromark-util-combine-extensions';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';

/**
 * Whether `markdown` holds what a GFM autolink literal starts from: `www.`,
 * `://` (after `http` or `https`), or an `@` after a letter, digit or one of
 * `_.+-` (an email address; a citation's `[@` is none). Letters in any case.
 */
export const mayAutolink = (markdown: string): boolean => /www\.|:\/\/|[\w.+-]@/i.test(markdown);

export function remarkGfmWithoutAutolinks(this: Processor): void {
  const data = this.data();
  // In remark-gfm's order, its autolink literals left out.
  (data.micromarkExtensions ??= []).push(combineExtensions([gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()]));
  (data.fromMarkdownExtensions ??= []).push([
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
  ]);
}
