/**
 * Renders every entry's body with one renderer for the story: cross-links
 * resolved through the corpus index, citations numbered per page. What the
 * site model is built from (`site-model.ts`).
 */
import { bodyRenderer, type RenderedBody } from '../markdown/render-body.ts';
import type { Root } from 'mdast';
import type { Entry, ReadEntry, RenderedEntry } from './entry.ts';
import type { EntryIndex } from './entry-index.ts';
import { entryPath, normalizeBase, withBase } from './urls.ts';
import { buildSiteModel } from './site-model.ts';
import type { SiteModel } from './site-types.ts';

/** Renders bodies for a story whose entries are in `index`, with links under `base`. */
export function entryRenderer(index: EntryIndex<Entry>, options: { base?: string } = {}): (entry: Entry, tree: Root) => RenderedBody {
  const base = normalizeBase(options.base);
  const render = bodyRenderer({
    resolve(target) {
      const found = index.resolve(target);
      if (found.status !== 'found' || found.entry.kind === 'story') return undefined;
      const { id, kind, name } = found.entry;
      return { id, kind, name, href: withBase(base, entryPath(kind, id)) };
    },
    sourceTitle(key) {
      const source = index.get(key);
      return source?.kind === 'source' ? source.name : undefined;
    },
  });
  return (entry, tree) => render(tree, { story: entry.kind === 'story' });
}

/** Every entry of a checked corpus with its body rendered: what `buildSiteModel` takes. */
export function renderCorpus(corpus: { entries: readonly ReadEntry[]; index: EntryIndex<ReadEntry> }, options: { base?: string } = {}): RenderedEntry[] {
  const render = entryRenderer(corpus.index, options);
  return corpus.entries.map((entry) => {
    if (!entry.body.tree) throw new Error(`${entry.file} was not parsed in this run: read it with loadCorpus`);
    const { body: _body, positionOf: _positionOf, ...rest } = entry;
    return { ...rest, rendered: render(entry, entry.body.tree) } as RenderedEntry;
  });
}

/** The site model of a checked corpus, its bodies rendered here: the whole build, without Astro. */
export function siteModelOf(corpus: Parameters<typeof renderCorpus>[0], options: { base?: string } = {}): SiteModel {
  return buildSiteModel(renderCorpus(corpus, options), options);
}
