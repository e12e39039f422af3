/**
 * The key a rebuild compares to keep an entry page from the previous output
 * instead of rendering it (`src/cli/page-reuse.ts`): it must change with
 * anything the page shows, and with the site's code and address.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus.ts';
import { buildSiteModel } from '../../src/lib/site-model.ts';
import { pageCacheKey } from '../../src/lib/page-cache-key.ts';
import { siteCodeVersion } from '../../src/cli/page-reuse.ts';
import { readOptions } from '../../src/cli/options.ts';

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

describe('siteCodeVersion', () => {
  const root = mkdtempSync(join(tmpdir(), 'dossier-code-version-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const file of ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'src/components/Box.astro', 'src/lib/a.ts']) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), file);
  }
  const version = (env: Record<string, string> = {}) => siteCodeVersion(readOptions(env, root));

  it('changes with any file of src/, however deep, the configuration, and the address', () => {
    const before = version();
    expect(version()).toBe(before);
    writeFileSync(join(root, 'src/components/Box.astro'), '<div class="box" />');
    const edited = version();
    expect(edited).not.toBe(before);
    writeFileSync(join(root, 'src/components/New.astro'), '');
    expect(version()).not.toBe(edited);
    const added = version();
    writeFileSync(join(root, 'package-lock.json'), '{}');
    expect(version()).not.toBe(added);
    const locked = version();
    expect(version({ DOSSIER_BASE: '/x/' })).not.toBe(locked);
    expect(version({ DOSSIER_SITE: 'https://example.org' })).not.toBe(locked);
  });
});
