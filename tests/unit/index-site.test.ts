/**
 * Pagefind's Node API run on a built site (`indexSite` in
 * `src/integration/pagefind.ts`): the pages it indexed counted, its bundle
 * written into the site as Pagefind writes it, and its failure made an error.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexSite } from '../../src/integration/pagefind.ts';

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
  `<article data-pagefind-body data-pagefind-sort="date:${date}"><h1 data-pagefind-meta="title">${title}</h1><p>${title} testified about the leaked documents.</p></article>`;

describe('indexSite', () => {
  it('indexes the pages with an indexed article and writes the bundle into the site', async () => {
    const dir = site({ 'actors/a': article('Alpha', '0000'), 'events/b': article('Bravo', '2023-04-13'), about: '<p>Not indexed.</p>' });
    expect(await indexSite(dir)).toBeGreaterThanOrEqual(2);
    const bundle = join(dir, 'pagefind');
    expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
    expect(existsSync(join(bundle, 'pagefind-highlight.js')), "Pagefind's own highlighter is there, as it wrote it").toBe(true);
    const fragments = readdirSync(join(bundle, 'fragment'));
    expect(fragments).toHaveLength(2);
    expect(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')).toContain('"en"');
  });

  it("fails with Pagefind's own reason when there is nothing to index", async () => {
    const dir = site({});
    await expect(indexSite(dir)).rejects.toThrow(/Pagefind (could not index|found no page)/);
  });
});
