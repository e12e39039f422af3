/**
 * Pagefind's indexer run on a built site (`indexSite` in
 * `src/integrations/pagefind.ts`): the pages it indexed counted from what it
 * prints, its bundle finished in the site, and its failure made an error.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexSite } from '../../src/integrations/pagefind.ts';
import { SEARCH_DATES_FILE } from '../../src/lib/search-keys.ts';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-index-site-'));
  made.push(dir);
  for (const [path, article] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), `<!doctype html><html lang="en"><head><title>t</title></head><body><nav>Menu</nav>${article}</body></html>`);
  }
  return dir;
}

const article = (title: string, date: string) =>
  `<article data-pagefind-body data-pagefind-meta="sort_date:${date}"><h1 data-pagefind-meta="title">${title}</h1><p>${title} testified about the leaked documents.</p></article>`;

describe('indexSite', () => {
  it('counts the pages with an indexed article and writes the finished bundle into the site', async () => {
    const dir = site({ 'actors/a': article('Alpha', '0000'), 'events/b': article('Bravo', '2023-04-13'), about: '<p>Not indexed.</p>' });
    const warnings: string[] = [];
    expect(await indexSite(dir, (w) => warnings.push(w))).toBe(2);
    expect(warnings).toEqual([]);
    const bundle = join(dir, 'pagefind');
    expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
    expect(existsSync(join(bundle, 'pagefind-ui.js')), "Pagefind's own UI is removed").toBe(false);
    // Short page ids, and the date order that names them.
    const fragments = readdirSync(join(bundle, 'fragment')).map((f) => f.replace('.pf_fragment', ''));
    expect(fragments).toHaveLength(2);
    expect(fragments.every((id) => /^en_[0-9a-f]{10}_[0-9a-z]+$/.test(id))).toBe(true);
    const order = JSON.parse(readFileSync(join(bundle, SEARCH_DATES_FILE), 'utf8')) as [string, string[]][];
    expect(order.map(([date]) => date)).toEqual(['0000', '2023-04-13']);
    expect(order.flatMap(([, ids]) => ids).sort()).toEqual(fragments.sort());
  });

  it("fails with Pagefind's own reason when it can't build an index", async () => {
    const dir = site({});
    await expect(indexSite(dir)).rejects.toThrow(/Pagefind could not index .* \(exit code 1\): Error: Pagefind was not able to build an index\.\s*\nMost likely/);
  });
});
