/**
 * The key Astro's incremental build compares to copy an entry page from its
 * cache instead of rendering it: it must change with anything the page shows.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus.ts';
import { buildSiteModel } from '../../src/lib/site-model.ts';
import { pageCacheKey } from '../../src/lib/page-cache-key.ts';

const model = () => buildSiteModel(loadCorpus('tests/fixtures/small-story'), { base: '/x/' });
const shell = { previewShards: 1 };

describe('pageCacheKey', () => {
  it('is the same for the same data, built again', () => {
    const [a, b] = [model(), model()];
    expect(a.pages.map((p) => pageCacheKey(p, a.story, shell))).toEqual(b.pages.map((p) => pageCacheKey(p, b.story, shell)));
    expect(new Set(a.pages.map((p) => pageCacheKey(p, a.story, shell))).size).toBe(a.pages.length);
  });

  it('changes with what the page shows of another entry, and with the story', () => {
    const site = model();
    const page = site.pages.find((p) => p.ref.id === 'jose-nunez')!;
    const before = pageCacheKey(page, site.story, shell);
    const changed = structuredClone(page);
    const shown = JSON.stringify(changed).match(/"summary":"([^"]+)"/g)!;
    expect(shown.length).toBeGreaterThan(1);
    // The last summary in the page's data is another entry's, shown in a link or a list.
    const other = JSON.parse(`{${shown.at(-1)}}`).summary as string;
    const edited = JSON.parse(JSON.stringify(changed).replace(JSON.stringify(other), JSON.stringify(`${other} Edited.`)));
    expect(pageCacheKey(edited, site.story, shell)).not.toBe(before);
    expect(pageCacheKey(page, { ...site.story, title: `${site.story.title}, revised` }, shell)).not.toBe(before);
    // An entry added elsewhere can change the number of preview shards, which every page names.
    expect(pageCacheKey(page, site.story, { previewShards: 2 })).not.toBe(before);
    expect(pageCacheKey(page, site.story, shell)).toBe(before);
  });
});
