/**
 * A rebuild after an edit with incremental builds on (`DOSSIER_INCREMENTAL=1`,
 * issue 8): the entry pages whose data did not change are copied from Astro's
 * cache instead of rendered again, and the result is byte for byte what a
 * plain cold build of the edited story writes.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { differences, rebuildWorkspace } from '../helpers/rebuild-workspace.ts';

const { work, content, cacheDir } = rebuildWorkspace('dossier-incremental-');

/**
 * The pages Astro's log says it copied from its cache, and those it rendered.
 * A copied page's line is written at once ("/a/index.html (restored)"); a
 * rendered page's time is written after rendering, by then often after
 * another page's line (two pages render at a time).
 */
function pagesBy(colored: string): { restored: string[]; rendered: string[] } {
  // Astro colours its log where it sees a CI (CI=true) or a terminal.
  const log = colored.replace(/\u001b\[[\d;]*m/g, '');
  const all = new Set([...log.matchAll(/\/[\w/-]*index\.html/g)].map((m) => m[0]));
  const restored = new Set([...log.matchAll(/(\/[\w/-]*index\.html) \((?:restored|cached)\)/g)].map((m) => m[1]!));
  return { restored: [...restored].sort(), rendered: [...all].filter((page) => !restored.has(page)).sort() };
}

describe('a rebuild after one edit', () => {
  it('renders again the pages that show what changed, copies the others, and writes what a cold build writes', async () => {
    cpSync('tests/fixtures/small-story', content, { recursive: true });
    rmSync(cacheDir, { recursive: true, force: true });
    const env = { DOSSIER_LOG_LEVEL: 'info', DOSSIER_INCREMENTAL: '1' };
    const first = await buildSite(content, join(work, 'first'), '/x/', env);
    expect(first.code, first.stderr).toBe(0);
    expect(pagesBy(first.stdout).restored).toEqual([]);

    // A sentence of one event changed: its page, and the page of the actor it
    // mentions (which quotes the sentence under "Mentioned in"), change.
    const file = join(content, 'events', 'the-hearing.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('asked for a delay at the hearing.', 'asked for a delay at the hearing, citing costs.'));
    const again = await buildSite(content, join(work, 'again'), '/x/', env);
    expect(again.code, again.stderr).toBe(0);
    const { restored, rendered } = pagesBy(again.stdout);
    expect(rendered).toContain('/events/the-hearing/index.html');
    expect(rendered).toContain('/actors/jose-nunez/index.html');
    expect(restored).toContain('/sources/wire-copy/index.html');
    expect(restored.length).toBeGreaterThan(0);

    // The same story built cold, as a plain build.
    rmSync(cacheDir, { recursive: true, force: true });
    const cold = await buildSite(content, join(work, 'cold'), '/x/', { DOSSIER_LOG_LEVEL: 'info' });
    expect(cold.code, cold.stderr).toBe(0);
    expect(pagesBy(cold.stdout).restored).toEqual([]);
    expect(differences(join(work, 'again'), join(work, 'cold'))).toEqual([]);
    expect(readFileSync(join(work, 'again', 'events', 'the-hearing', 'index.html'), 'utf8')).toContain('citing costs');
    expect(readFileSync(join(work, 'again', 'actors', 'jose-nunez', 'index.html'), 'utf8')).toContain('citing costs');
  });
});
