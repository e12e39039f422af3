/**
 * How a build's pages get the site model: the content loader leaves it in
 * the process (shared-site.ts) and the pages take it, instead of reading it
 * back from Astro's content store (issue 8).
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus.ts';
import { buildSiteModel } from '../../src/lib/site-model.ts';
import { shareSite, takeSharedSite } from '../../src/loader/shared-site.ts';

describe('the site model shared with the pages of a build', () => {
  it('is the very model the loader computed, not a copy', () => {
    const model = buildSiteModel(loadCorpus('tests/fixtures/small-story'));
    shareSite(model);
    expect(takeSharedSite()).toBe(model);
  });

  it('is taken once: pages that find none fail, saying where it should have come from', () => {
    shareSite(buildSiteModel(loadCorpus('tests/fixtures/small-story')));
    takeSharedSite();
    expect(() => takeSharedSite()).toThrow(/no site model to render: its content loader computes it at the start of a build/);
  });
});
