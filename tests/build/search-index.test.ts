/**
 * What the search index is built from: the built HTML of the leak
 * story, and the Pagefind bundle the build writes into the same folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages, readPage } from '../helpers/html.ts';

const site = inject('leakSite');

/** The element carrying data-pagefind-body, as HTML (entries' articles hold no nested article). */
function indexedPart(html: string): string {
  const start = html.indexOf('data-pagefind-body');
  return start === -1 ? '' : html.slice(html.lastIndexOf('<', start), html.indexOf('</article>', start));
}

describe('the search index of the leak story', () => {
  it('is written by the build into the site it describes, as Pagefind wrote it', () => {
    const bundle = join(site, 'pagefind');
    expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
    expect(existsSync(join(bundle, 'pagefind-highlight.js'))).toBe(true);
    expect(readdirSync(bundle).filter((f) => f.endsWith('.pf_meta'))).toHaveLength(1);
    expect(readdirSync(join(bundle, 'fragment')).length).toBe(
      htmlPages(site).filter((p) => readPage(site, p.slice(site.length + 1)).includes('data-pagefind-body')).length,
    );
  });

  it('indexes every entry page and the story, with a date to sort by, and no list or index page', () => {
    const indexed = htmlPages(site)
      .map((p) => p.slice(site.length + 1))
      .filter((p) => readPage(site, p).includes('data-pagefind-body'));
    expect(indexed.filter((p) => !/^(actors|events|sources)\/[a-z0-9-]+\/index\.html$/.test(p))).toEqual(['index.html']);
    expect(indexed.length).toBe(21 + 10 + 6 + 1);
    for (const page of indexed)
      expect(indexedPart(readPage(site, page)), page).toMatch(/data-pagefind-sort="date:(\d{4}(-\d{2}){1,2}|0000)"/);
  });

  it("gives every indexed page its date to sort by, in Pagefind's own sort attribute", () => {
    const pages = htmlPages(site).map((p) => p.slice(site.length + 1));
    const sortOf = (page: string) => /data-pagefind-sort="date:([^"]+)"/.exec(indexedPart(readPage(site, page)))?.[1];
    expect(sortOf('events/cia-memo-mossad-protests/index.html')).toBe('2023-04');
    expect(sortOf('events/urdupoint-sputnik-article/index.html')).toBe('2023-04-10');
    for (const page of pages.filter((p) => readPage(site, p).includes('data-pagefind-body')))
      expect(sortOf(page), page).toMatch(/^(\d{4}(-\d{2}){1,2}|0000)$/);
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
    // The infobox is metadata and filters, not text: an excerpt never reads its values.
    expect(actor).toMatch(/<dl class="infobox" data-pagefind-ignore>/);
    expect(actor).toMatch(/<dd data-pagefind-meta="aliases">Zelenksyy, Volodymyr Zelenksyy, Zelenskyy<\/dd>/);
    const event = indexedPart(readPage(site, 'events/cia-memo-mossad-protests/index.html'));
    expect(event).toContain('data-pagefind-filter="kind:event"');
    expect(event).toContain('data-pagefind-filter="year:2023"');
    expect(event).toContain('data-pagefind-filter="status:disputed"');
    expect(event).toContain('data-pagefind-sort="date:2023-04"');
  });
});
