/**
 * Renders every entry's body with one renderer for the story: cross-links
 * resolved through the corpus index, citations numbered per page. What the
 * site model is built from (`site-model.ts`).
 */
import { bodyRenderer, type RenderedBody } from '../markdown/render-body.ts';
import type { EntryLinkTarget } from '../markdown/remark-entry-links.ts';
import type { Root } from 'mdast';
import type { Entry, ReadEntry, RenderedEntry } from './entry.ts';
import type { EntryIndex } from './entry-index.ts';
import { entryPath, normalizeBase, withBase } from './urls.ts';
import { buildSiteModel } from './site-model.ts';
import type { SiteModel } from './site-types.ts';

/**
 * What rendering a body asks of the rest of the story: the entry each of its
 * cross-links names (by the target as written; null for none), and the title
 * of each source it cites (null for a key that names no source). A body whose
 * file and answers are unchanged renders the same.
 */
export interface RenderAnswers {
  links: Record<string, EntryLinkTarget | null>;
  titles: Record<string, string | null>;
  /** The story's language: the footnotes' heading and the "Key questions" heading are in it. */
  lang: string;
}

/** The answers for one entry's body, from the corpus index, with links under `base`. */
export function renderAnswers(entry: ReadEntry, index: EntryIndex<Entry>, options: { base?: string } = {}): RenderAnswers {
  const base = normalizeBase(options.base);
  const links: RenderAnswers['links'] = {};
  for (const { target } of entry.body.links) {
    if (target in links) continue;
    const found = target === '' ? undefined : index.resolve(target);
    links[target] =
      found?.status === 'found' && found.entry.kind !== 'story'
        ? {
            id: found.entry.id,
            kind: found.entry.kind,
            name: found.entry.name,
            href: withBase(base, entryPath(found.entry.kind, found.entry.id)),
          }
        : null;
  }
  const titles: RenderAnswers['titles'] = {};
  for (const key of entry.body.citations.flatMap((c) => c.keys)) {
    const source = index.get(key);
    titles[key] = source?.kind === 'source' ? source.name : null;
  }
  return { links, titles, lang: index.ofKind('story')[0]?.data.lang ?? 'en' };
}

/** Renders bodies for a story whose entries are in `index`, with links under `base`. */
export function entryRenderer(index: EntryIndex<Entry>, options: { base?: string } = {}): (entry: ReadEntry, tree: Root) => RenderedBody {
  let answers: RenderAnswers | undefined;
  const render = bodyRenderer({
    resolve: (target) => answers?.links[target] ?? undefined,
    sourceTitle: (key) => answers?.titles[key] ?? undefined,
  });
  return (entry, tree) => {
    answers = renderAnswers(entry, index, options);
    return render(tree, { story: entry.kind === 'story', lang: answers.lang });
  };
}

/** Every entry of a checked corpus with its body rendered: what `buildSiteModel` takes. */
export function renderCorpus(
  corpus: { entries: readonly ReadEntry[]; index: EntryIndex<ReadEntry> },
  options: { base?: string } = {},
): RenderedEntry[] {
  const render = entryRenderer(corpus.index, options);
  return corpus.entries.map((entry) => {
    if (!entry.body.tree) throw new Error(`${entry.file} was not parsed in this run: read it with loadCorpus`);
    const { body: _body, positionOf: _positionOf, ...rest } = entry;
    return { ...rest, rendered: render(entry, entry.body.tree) };
  });
}

/** The site model of a checked corpus, its bodies rendered here: the whole build, without Astro. */
export function siteModelOf(corpus: Parameters<typeof renderCorpus>[0], options: { base?: string } = {}): SiteModel {
  return buildSiteModel(renderCorpus(corpus, options), options);
}
