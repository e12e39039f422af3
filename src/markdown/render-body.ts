/**
 * Renders an entry's parsed body to HTML: cross-links and citations become
 * links, the HTML is sanitized, headings get ids. Runs on the tree parsed by
 * `parse-body.ts`, so each entry is parsed once per build. One frozen
 * processor renders every body of a build; what each transform found about a
 * body travels on its file (`file.data`) and is returned with its HTML.
 */
import { unified, type Pluggable, type PluggableList, type Processor } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { remarkEntryLinks, type EntryLinkTarget } from './remark-entry-links.ts';
import { remarkCitations, type PageCitation } from './remark-citations.ts';
import { remarkMentions, type Mention } from './remark-mentions.ts';
import { remarkKeyQuestions } from './remark-key-questions.ts';
import { rehypeHeadingIds, type Heading } from './rehype-heading-ids.ts';
import { rehypeHeadingAnchors } from './rehype-heading-anchors.ts';
import { createTranslator } from '../i18n/translator.ts';
import { rehypeKeyQuestions, KEY_QUESTIONS_HEADING, type KeyQuestions } from './rehype-key-questions.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import { rehypeFigures } from './rehype-figures.ts';

export interface BodyRendererOptions {
  /** Resolves a cross-link's text to an entry, or undefined when it names none. */
  resolve: (target: string) => EntryLinkTarget | undefined;
  /** The title of a cited source, or undefined for a key that names no source. */
  sourceTitle: (key: string) => string | undefined;
}

export interface RenderedBody {
  html: string;
  headings: Heading[];
  mentions: Mention[];
  /** The id of every entry the body links to, once each. */
  links: string[];
  /** The sources cited, in order of first citation, with their marks' ids. */
  citations: PageCitation[];
  /** The story's "Key questions" section, as cards (the story only). */
  keyQuestions?: KeyQuestions;
}

/**
 * A renderer for every body of one story. `story: true` renders the story's
 * body, whose "Key questions" section becomes cards and, read first, numbers
 * its citations first.
 */
export function bodyRenderer(options: BodyRendererOptions): (tree: Root, render?: { story?: boolean; lang?: string }) => RenderedBody {
  // One pair of processors per language (a build has one): the footnotes' labels are in it.
  const processors = new Map<string, { entries: Processor; story: Processor }>();
  const processorsFor = (lang: string) => {
    const found = processors.get(lang);
    if (found) return found;
    const i18n = createTranslator(lang);
    const footnotes = {
      footnoteLabel: i18n.t('markdown.notes'),
      footnoteBackLabel: (reference: number, rereference: number) =>
        rereference > 1
          ? i18n.t('markdown.backToReferenceUse', { number: reference + 1, use: rereference })
          : i18n.t('markdown.backToReference', { number: reference + 1 }),
    };
    const citations = {
      sourceTitle: options.sourceTitle,
      label: (number: number, title: string) => i18n.t('markdown.citation', { number, title }),
    };
    const anchors = { label: (heading: string) => i18n.t('entry.sectionAnchor', { heading }) };
    // The story's body also has its "Key questions" taken out as cards.
    const plugins = (story: boolean): PluggableList => [
      ...(story ? [[remarkKeyQuestions, { heading: [KEY_QUESTIONS_HEADING, i18n.t('markdown.keyQuestions')] }] as Pluggable] : []),
      [remarkEntryLinks, { resolve: options.resolve }],
      [remarkCitations, citations],
      remarkMentions,
      [remarkRehype, footnotes],
      [rehypeSanitize, sanitizeSchema],
      rehypeFigures,
      rehypeHeadingIds,
      ...(story ? [rehypeKeyQuestions] : []),
      [rehypeHeadingAnchors, anchors],
      rehypeStringify,
    ];
    const processor = (story: boolean) => unified().use(plugins(story)).freeze();
    const made = { entries: processor(false), story: processor(true) };
    processors.set(lang, made);
    return made;
  };
  return (tree, render = {}) => {
    const { story, entries } = processorsFor(render.lang ?? 'en');
    const processor = render.story ? story : entries;
    const file = new VFile();
    const hast = processor.runSync(tree, file);
    const html = String(processor.stringify(hast, file));
    const { headings = [], mentions = [], entryLinks = [], citations = [], keyQuestions } = file.data;
    return { html, headings, mentions, links: entryLinks, citations, ...(keyQuestions ? { keyQuestions } : {}) };
  };
}
