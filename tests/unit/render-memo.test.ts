/**
 * The dev server renders a body again only when its file or an answer its
 * rendering depends on changed (`render-memo.ts`): whatever is edited, the
 * site model must be exactly the one a fresh build makes.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../../src/lib/corpus.ts';
import { buildSiteModel } from '../../src/lib/site-model.ts';
import { memoryCache } from '../../src/lib/memory-cache.ts';
import type { StoredRead } from '../../src/lib/cached-read.ts';
import type { Remembered } from '../../src/lib/render-memo.ts';

/** A dev server's caches, counting the bodies rendered afresh. */
function devCaches() {
  const reads = memoryCache<StoredRead>();
  const memo = memoryCache<Remembered>();
  const rendered: string[] = [];
  const renderMemo = { get: memo.get, set: (key: string, value: Remembered) => (rendered.push(key.split('\u0000')[1]!), memo.set(key, value)) };
  return {
    rendered,
    model(dir: string) {
      rendered.length = 0;
      const site = buildSiteModel(loadCorpus(dir, { cache: reads }), { base: '/x/', renderMemo });
      reads.endRound();
      memo.endRound();
      return site;
    },
  };
}

const fresh = (dir: string) => buildSiteModel(loadCorpus(dir), { base: '/x/' });

describe('rendering remembered between reloads', () => {
  it('renders nothing again when nothing changed, and gives the same site', () => {
    const dev = devCaches();
    expect(dev.model('content')).toEqual(fresh('content'));
    expect(dev.rendered.length).toBeGreaterThan(30);
    expect(dev.model('content')).toEqual(fresh('content'));
    expect(dev.rendered).toEqual([]);
  });

  it('renders again the edited entry and those its edit reaches, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-memo-'));
    cpSync('tests/fixtures/small-story', dir, { recursive: true });
    const edit = (rel: string, change: (text: string) => string) => writeFileSync(join(dir, rel), change(readFileSync(join(dir, rel), 'utf8')));
    const dev = devCaches();
    dev.model(dir);

    // A body edited: that body only.
    edit('events/the-hearing.md', (t) => `${t}\nThe [[mayor]] listened.\n`);
    expect(dev.model(dir)).toEqual(fresh(dir));
    expect(dev.rendered).toEqual(['the-hearing']);

    // A name changed: every body whose links show or resolve it.
    edit('actors/council.md', (t) => t.replace(/^name: .*$/m, 'name: The Town Council'));
    expect(dev.model(dir)).toEqual(fresh(dir));
    expect(dev.rendered).toContain('the-vote');
    expect(dev.rendered).toContain('council');

    // A cited source retitled: the bodies citing it.
    edit('sources/wire-copy.md', (t) => t.replace(/^title: .*$/m, 'title: "Wire copy, retitled"'));
    expect(dev.model(dir)).toEqual(fresh(dir));
    expect(dev.rendered).toContain('the-reaction');
    expect(dev.rendered).not.toContain('the-hearing');

    // A summary changed: links carry it, for previews.
    edit('actors/mayor.md', (t) => t.replace(/^summary: .*$/m, 'summary: The mayor, summarised again.'));
    expect(dev.model(dir)).toEqual(fresh(dir));
    expect(dev.rendered).toContain('the-vote');
    expect(dev.rendered).not.toContain('the-reaction');
    rmSync(dir, { recursive: true, force: true });
  });
});
