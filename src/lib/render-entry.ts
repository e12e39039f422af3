/**
 * Renders an entry's parsed body to HTML: cross-links and citations become
 * links, the HTML is sanitized, headings get ids. Runs on the tree parsed by
 * `parse-body.ts`, so each entry is parsed once per build.
 */
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Root } from 'mdast';
import { remarkEntryLinks, type EntryLinkTarget } from '../markdown/remark-entry-links.ts';
import { remarkCitations, type CitedSource } from '../markdown/remark-citations.ts';
import { rehypeHeadingIds, type Heading } from '../markdown/rehype-heading-ids.ts';
import { sanitizeSchema } from '../markdown/sanitize-schema.ts';
import { collectMentions, type Mention } from './mentions.ts';
import { remarkKeyQuestions } from '../markdown/remark-key-questions.ts';
import { takeKeyQuestions, type KeyQuestions } from './key-questions.ts';

export interface RenderOptions {
  resolve(target: string): EntryLinkTarget | undefined;
  cite(key: string): CitedSource | undefined;
  /** The story's "Key questions" heading: that section is returned apart, as cards. */
  keyQuestions?: string;
}

export interface RenderedBody {
  html: string;
  headings: Heading[];
  mentions: Mention[];
  keyQuestions?: KeyQuestions;
}

export function renderBody(tree: Root, options: RenderOptions): RenderedBody {
  const headings: Heading[] = [];
  const mdast = unified()
    .use(options.keyQuestions ? [[remarkKeyQuestions, { heading: options.keyQuestions }]] : [])
    .use(remarkEntryLinks, { resolve: options.resolve })
    .use(remarkCitations, { cite: options.cite })
    .runSync(tree) as Root;
  const mentions = collectMentions(mdast);
  const hast = unified()
    .use(remarkRehype, { footnoteLabel: 'Notes' })
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeHeadingIds, { onHeading: (h) => headings.push(h) })
    .runSync(mdast);
  const stringifier = unified().use(rehypeStringify);
  const keyQuestions = options.keyQuestions
    ? takeKeyQuestions(hast as never, (nodes) => nodes.map((n) => stringifier.stringify(n as never)).join('\n'))
    : undefined;
  const html = stringifier.stringify(hast as never);
  return { html, headings, mentions, ...(keyQuestions ? { keyQuestions } : {}) };
}
