/**
 * The search index fed page by page (`searchIndexer` in
 * `src/integration/pagefind.ts`), as the build feeds it while Astro renders:
 * pages go to Pagefind in the order they were started whatever order they
 * finish in, only pages with an indexed part count, the bundle is written
 * into the site as Pagefind writes it, and a build with nothing to index fails.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { searchIndexer } from '../../src/integration/pagefind.ts';
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
  it('indexes the pages with an indexed part, in the order they were started, and writes the bundle into the site', async () => {
    const indexer = searchIndexer();
    const first = indexer.reserve();
    const second = indexer.reserve();
    const list = indexer.reserve();
    // Finished out of order: the second page first.
    second('/events/b/', page(article('Bravo', '2023-04-13')));
    list('/events/', page('<p>A list page, not indexed.</p>'));
    first('/actors/a/', page(article('Alpha', '0000')));
    const dir = site();
    expect(await indexer.write(dir)).toBe(2);
    const bundle = join(dir, 'pagefind');
    expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
    expect(existsSync(join(bundle, 'pagefind-highlight.js')), "Pagefind's own highlighter is there, as it wrote it").toBe(true);
    expect(readdirSync(join(bundle, 'fragment'))).toHaveLength(2);
    expect(JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')).languages.en.page_count).toBe(2);
  });

  it('gives the same bundle whatever order the pages finish in', async () => {
    const bundleOf = async (order: number[]) => {
      const indexer = searchIndexer();
      const turns = [0, 1, 2].map(() => indexer.reserve());
      const pages = ['Alpha', 'Bravo', 'Charlie'].map((name) => page(article(name, '2023-04-13')));
      for (const i of order) turns[i]!(`/actors/${i}/`, pages[i]);
      const dir = site();
      await indexer.write(dir);
      return readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8');
    };
    expect(await bundleOf([2, 0, 1])).toBe(await bundleOf([0, 1, 2]));
  });

  it('fails, saying why, when no page has anything to index', async () => {
    const indexer = searchIndexer();
    indexer.reserve()('/events/', page('<p>A list page.</p>'));
    await expect(indexer.write(site())).rejects.toThrow(/Pagefind was given no page to index \(none has data-pagefind-body\)/);
  });
});
