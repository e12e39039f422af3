/**
 * What the search index is built from (issue 3): the built HTML of the leak
 * story, and the Pagefind bundle the build writes into the same folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { decodeCbor, type CborValue } from '../../src/integrations/cbor.ts';
import { SEARCH_DATES_FILE } from '../../src/lib/search-keys.ts';
import { htmlPages, readPage } from '../helpers/html.ts';

const site = inject('leakSite');

/** The element carrying data-pagefind-body, as HTML (entries' articles hold no nested article). */
function indexedPart(html: string): string {
  const start = html.indexOf('data-pagefind-body');
  return start === -1 ? '' : html.slice(html.lastIndexOf('<', start), html.indexOf('</article>', start));
}

describe('the search index of the leak story', () => {
  it('is written by the build into the site it describes, without Pagefind\'s unused UIs', () => {
    const bundle = join(site, 'pagefind');
    expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
    expect(readdirSync(bundle).filter((f) => f.endsWith('.pf_meta'))).toHaveLength(1);
    expect(readdirSync(join(bundle, 'fragment')).length).toBe(htmlPages(site).filter((p) => readPage(site, p.slice(site.length + 1)).includes('data-pagefind-body')).length);
    expect(readdirSync(bundle).filter((f) => /ui\.(js|css)$/.test(f))).toEqual([]);
  });

  it('recompresses what every first search fetches, the page list and the WebAssembly of the site\'s language, with Zopfli', () => {
    const bundle = join(site, 'pagefind');
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm: string }> };
    expect(Object.keys(entry.languages)).toEqual(['en']);
    for (const file of [`pagefind.${entry.languages.en!.hash}.pf_meta`, `wasm.${entry.languages.en!.wasm}.pagefind`]) {
      const bytes = readFileSync(join(bundle, file));
      // Still gzip, and smaller than zlib's best: only Zopfli gets there.
      expect(bytes.length, file).toBeLessThan(gzipSync(gunzipSync(bytes), { level: 9 }).length);
    }
  });

  it('names pages by their number in the index, in the page list a first search fetches and in their fragment files', () => {
    const bundle = join(site, 'pagefind');
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const content = gunzipSync(readFileSync(join(bundle, `pagefind.${entry.languages.en!.hash}.pf_meta`)));
    const pages = (decodeCbor(content.subarray('pagefind_dcd'.length)) as CborValue[])[1] as [string, number, string][];
    const ids = pages.map(([id]) => id);
    const prefix = ids[0]!.replace(/_0$/, '');
    expect(prefix).toMatch(/^en_[0-9a-f]{10}$/);
    expect(ids).toEqual(pages.map((_, n) => `${prefix}_${n.toString(36)}`));
    expect(readdirSync(join(bundle, 'fragment')).toSorted()).toEqual(ids.map((id) => `${id}.pf_fragment`).toSorted());
  });

  it('indexes every entry page and the story, with a date to sort by, and no list or index page', () => {
    const indexed = htmlPages(site).map((p) => p.slice(site.length + 1)).filter((p) => readPage(site, p).includes('data-pagefind-body'));
    expect(indexed.filter((p) => !/^(actors|events|sources)\/[a-z0-9-]+\/index\.html$/.test(p))).toEqual(['index.html']);
    expect(indexed.length).toBe(21 + 10 + 6 + 1);
    for (const page of indexed) expect(indexedPart(readPage(site, page)), page).toMatch(/data-pagefind-meta="sort_date:(\d{4}(-\d{2}){1,2}|0000)"/);
  });

  it('orders every indexed page by date in a file of its own, out of what Pagefind fetches before a search', () => {
    const bundle = join(site, 'pagefind');
    const byDate = JSON.parse(readFileSync(join(bundle, SEARCH_DATES_FILE), 'utf8')) as [string, string[]][];
    const dates = byDate.map(([date]) => date);
    expect(dates).toEqual([...new Set(dates)].sort());
    // Pagefind's id of a page is the name of its fragment file; each is listed once.
    const fragments = readdirSync(join(bundle, 'fragment')).map((f) => f.replace(/\.pf_fragment$/, ''));
    const ids = byDate.flatMap(([, list]) => list);
    expect(ids.toSorted()).toEqual(fragments.toSorted());
    const urlOf = (id: string) => (JSON.parse(gunzipSync(readFileSync(join(bundle, 'fragment', `${id}.pf_fragment`))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string }).url;
    const dateOf = (url: string) => byDate.find(([, list]) => list.some((id) => urlOf(id) === url))?.[0];
    expect(dateOf('/events/cia-memo-mossad-protests/')).toBe('2023-04');
    expect(dateOf('/events/urdupoint-sputnik-article/')).toBe('2023-04-10');
    // Nothing is left for Pagefind to sort by, so its page list carries no date order.
    for (const page of htmlPages(site)) expect(readFileSync(page, 'utf8'), page).not.toContain('data-pagefind-sort');
  });

  it('keeps lists of other entries, references and navigation out of what is indexed', () => {
    const actor = readPage(site, 'actors/cnn/index.html');
    expect(indexedPart(actor)).not.toContain('id="mentions"');
    expect(indexedPart(actor)).toMatch(/<section[^>]*aria-labelledby="involved"[^>]*data-pagefind-ignore/);
    expect(indexedPart(actor)).toMatch(/<section class="references"[^>]*data-pagefind-ignore/);
    const event = readPage(site, 'events/cia-memo-mossad-protests/index.html');
    expect(indexedPart(event)).not.toContain('rel="prev"');
    expect(indexedPart(event)).toMatch(/<section[^>]*aria-labelledby="responses"[^>]*data-pagefind-ignore/);
    expect(indexedPart(event)).not.toContain('site-header');
  });

  it('tags names, aliases and filters', () => {
    const actor = indexedPart(readPage(site, 'actors/volodymyr-zelenskyy/index.html'));
    expect(actor).toContain('data-pagefind-filter="kind:actor"');
    expect(actor).toMatch(/data-pagefind-filter="actor_kind">person</);
    expect(actor).toMatch(/<h1 data-pagefind-meta="title, name" data-pagefind-weight="10">Volodymyr Zelenskyy<\/h1>/);
    expect(actor).toMatch(/<dd data-pagefind-meta="aliases" data-pagefind-weight="7">Zelenksyy, Volodymyr Zelenksyy, Zelenskyy<\/dd>/);
    const event = indexedPart(readPage(site, 'events/cia-memo-mossad-protests/index.html'));
    expect(event).toContain('data-pagefind-filter="kind:event"');
    expect(event).toContain('data-pagefind-filter="year:2023"');
    expect(event).toContain('data-pagefind-filter="status:disputed"');
    expect(event).toContain('data-pagefind-meta="sort_date:2023-04"');
  });
});
