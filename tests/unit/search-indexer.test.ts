/**
 * The search index fed page by page (`searchIndexer` in
 * `src/integration/pagefind.ts`), as the build feeds it while Astro renders:
 * pages go to Pagefind in the order of the site's paths whatever order they
 * finish in, pages Astro copied from the last build are read from the site
 * in their places, only pages with an indexed part count, the bundle is
 * written into the site as Pagefind writes it, and a build with nothing to
 * index fails.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { searchIndexer, type SearchIndexer } from '../../src/integration/pagefind.ts';
import { scratchDir } from '../helpers/scratch.ts';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function site(): string {
  const dir = scratchDir('search-index');
  made.push(dir);
  return dir;
}

const page = (article: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body><nav>Menu</nav>${article}</body></html>`;
const article = (title: string, date: string) =>
  `<article data-pagefind-body data-pagefind-sort="date:${date}"><h1 data-pagefind-meta="title">${title}</h1><p>${title} testified about the leaked documents.</p></article>`;

describe('searchIndexer', () => {
  it('indexes the pages with an indexed part, in the order of the plan, and writes the bundle into the site', async () => {
    const indexer = searchIndexer();
    indexer.plan(['/actors/a', '/events/b', '/events']);
    // Finished out of order: the second page first.
    indexer.rendered('/events/b/', page(article('Bravo', '2023-04-13')));
    indexer.rendered('/events/', page('<p>A list page, not indexed.</p>'));
    indexer.rendered('/actors/a/', page(article('Alpha', '0000')));
    const dir = site();
    expect(await indexer.write(dir)).toBe(2);
    const bundle = join(dir, 'pagefind');
    expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
    expect(existsSync(join(bundle, 'pagefind-highlight.js')), "Pagefind's own highlighter is there, as it wrote it").toBe(true);
    expect(readdirSync(join(bundle, 'fragment'))).toHaveLength(2);
    expect(JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')).languages.en.page_count).toBe(2);
  });

  const names = ['Alpha', 'Bravo', 'Charlie'];
  const bundleOf = async (given: (indexer: SearchIndexer, dir: string) => void) => {
    const indexer = searchIndexer();
    indexer.plan(names.map((_, i) => `/actors/${i}/`));
    const dir = site();
    given(indexer, dir);
    await indexer.write(dir);
    const bundle = join(dir, 'pagefind');
    return readdirSync(bundle)
      .filter((file) => file.endsWith('.pf_meta') || file.endsWith('.json'))
      .sort()
      .map((file) => readFileSync(join(bundle, file)).toString('base64'))
      .join('\n');
  };
  const html = (i: number) => page(article(names[i]!, '2023-04-13'));

  it('gives the same bundle whatever order the pages finish in', async () => {
    const inOrder = await bundleOf((indexer) => [0, 1, 2].forEach((i) => indexer.rendered(`/actors/${i}/`, html(i))));
    expect(await bundleOf((indexer) => [2, 0, 1].forEach((i) => indexer.rendered(`/actors/${i}/`, html(i))))).toBe(inOrder);
  });

  it('reads the pages Astro copied from the last build from the site, in their places, and gives the same bundle', async () => {
    const rendered = await bundleOf((indexer) => [0, 1, 2].forEach((i) => indexer.rendered(`/actors/${i}/`, html(i))));
    const copied = await bundleOf((indexer, dir) => {
      // The first and last pages were restored by Astro: on disk, never rendered.
      for (const i of [0, 2]) {
        mkdirSync(join(dir, 'actors', String(i)), { recursive: true });
        writeFileSync(join(dir, 'actors', String(i), 'index.html'), html(i));
      }
      indexer.rendered('/actors/1/', html(1));
    });
    expect(copied).toBe(rendered);
  });

  it('refuses a page that is not among the planned paths, naming it', () => {
    const indexer = searchIndexer();
    indexer.plan(['/actors/a']);
    expect(() => indexer.rendered('/actors/b/', page(article('Bravo', '0000')))).toThrow(
      /\/actors\/b\/, which is not among the site's paths/,
    );
  });

  it('fails, saying why, when no page has anything to index', async () => {
    const indexer = searchIndexer();
    indexer.plan(['/events']);
    indexer.rendered('/events/', page('<p>A list page.</p>'));
    await expect(indexer.write(site())).rejects.toThrow(/Pagefind was given no page to index \(none has data-pagefind-body\)/);
  });
});
