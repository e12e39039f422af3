/**
 * A rebuild keeps the entry pages whose data and code did not change from the
 * previous output, hard-linked, instead of rendering them again
 * (`src/cli/page-reuse.ts`, issue 8), and still writes byte for byte what a
 * cold build of the same story writes.
 */
import { cpSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroCacheDir, readOptions } from '../../src/cli/options.ts';
import { buildSite, projectRoot } from '../helpers/build-site.ts';
import { differences, rebuildWorkspace } from '../helpers/rebuild-workspace.ts';

const { work, content, cacheDir } = rebuildWorkspace('dossier-page-reuse-');
const site = join(work, 'site');
/** A copy of the story in another content folder, whose builds have a cache of their own. */
const other = join(work, 'other-content');
afterAll(() => rmSync(astroCacheDir(readOptions({ DOSSIER_CONTENT: other, DOSSIER_BASE: '/x/' }, projectRoot)), { recursive: true, force: true }));
const PAGES = ['actors/jose-nunez', 'actors/council', 'events/the-hearing', 'events/the-vote', 'sources/wire-copy', 'sources/gazette-report'];

/** "Entry pages rendered again: 2 of 10", as numbers; undefined when every page was rendered. */
function renderedAgain(stdout: string): { rendered: number; of: number } | undefined {
  const m = /Entry pages rendered again: (\d+) of (\d+)/.exec(stdout);
  return m ? { rendered: Number(m[1]), of: Number(m[2]) } : undefined;
}

/** Each page's file, by the inode it is: a page kept from the previous output is the same file. */
const inodes = () => new Map(PAGES.map((page) => [page, statSync(join(site, page, 'index.html')).ino]));

async function build(outDir = site) {
  const result = await buildSite(content, outDir, '/x/');
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

describe('a rebuild into the same output folder', () => {
  it('renders again only the pages that show an edit, keeps the others, and writes what a cold build writes', async () => {
    cpSync('tests/fixtures/small-story', content, { recursive: true });
    rmSync(cacheDir, { recursive: true, force: true });
    expect(renderedAgain(await build()), 'a cold build renders every page').toBeUndefined();
    const before = inodes();

    // A sentence of one event changed: its page, and the page of the actor it
    // mentions (which quotes the sentence under "Mentioned in"), change.
    const file = join(content, 'events', 'the-hearing.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('asked for a delay at the hearing.', 'asked for a delay at the hearing, citing costs.'));
    const log = await build();
    const after = inodes();
    const changed = PAGES.filter((page) => after.get(page) !== before.get(page));
    expect(changed).toContain('events/the-hearing');
    expect(changed).toContain('actors/jose-nunez');
    expect(changed).not.toContain('sources/wire-copy');
    expect(changed).not.toContain('actors/council');
    const counts = renderedAgain(log);
    expect(counts?.of).toBe(10);
    expect(counts!.rendered).toBeGreaterThanOrEqual(2);
    expect(counts!.rendered).toBeLessThan(10);
    expect(readFileSync(join(site, 'actors', 'jose-nunez', 'index.html'), 'utf8')).toContain('citing costs');

    // The same story built cold, elsewhere, with no cache.
    rmSync(cacheDir, { recursive: true, force: true });
    await build(join(work, 'cold'));
    expect(differences(site, join(work, 'cold'))).toEqual([]);
  });

  it('renders a page again when its file in the output was changed since, or removed', async () => {
    rmSync(cacheDir, { recursive: true, force: true });
    await build();
    const edited = join(site, 'sources', 'wire-copy', 'index.html');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('</body>', '<p>changed by hand</p></body>'));
    rmSync(join(site, 'actors', 'council', 'index.html'));
    const log = await build();
    expect(renderedAgain(log)).toEqual({ rendered: 2, of: 10 });
    expect(readFileSync(edited, 'utf8')).not.toContain('changed by hand');
    expect(differences(site, join(work, 'cold'))).toEqual([]);
  });

  it('renders every page into a folder another story was built into since', async () => {
    rmSync(cacheDir, { recursive: true, force: true });
    await build();
    // The same folder, rebuilt from a copy of the story: another content folder, and another cache.
    cpSync(content, other, { recursive: true });
    const elsewhere = await buildSite(other, site, '/x/');
    expect(elsewhere.code, elsewhere.stderr).toBe(0);
    const log = await build();
    expect(renderedAgain(log), 'no page of the other build is taken for this story').toBeUndefined();
    expect(differences(site, join(work, 'cold'))).toEqual([]);
  });
});
