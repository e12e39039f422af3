/**
 * A rebuild after an edit, on Astro's content store: only the bodies whose
 * file, links or cited sources changed are rendered again, only the pages
 * that show something changed are rendered again (Astro's incremental build
 * copies the others from the last build), and the site is byte for byte what
 * a build from scratch (`--force`) writes.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/model/corpus.ts';
import { projectRoot, runCli } from '../helpers/build-site.ts';
import { differences, rebuildWorkspace } from '../helpers/rebuild-workspace.ts';

const { work, content } = rebuildWorkspace('rebuild');

let printed = '';

/** Builds the workspace's story with Dossier's progress printed; returns how many bodies it rendered. */
async function build(out: string, ...args: string[]): Promise<number> {
  const result = await runCli('build', { DOSSIER_CONTENT: content, DOSSIER_OUT: join(work, out) }, ['--verbose', ...args]);
  expect(result.code, result.stderr).toBe(0);
  printed = result.stdout;
  const counted = /\[dossier\] \d+ entries from .* \((\d+) rendered\)/.exec(result.stdout);
  expect(counted, result.stdout).not.toBeNull();
  return Number(counted![1]);
}

/**
 * The pages the last build copied from the one before, and those it rendered:
 * Astro prints "├─ <page>" for each, and "(restored)" right after a copied
 * one (a rendered one's time may come after the next page's name).
 */
function pagesOfLastBuild(): { restored: Set<string>; rendered: Set<string> } {
  const page = /├─ (\/\S+?\/index\.html)/g;
  const restored = new Set([...printed.matchAll(/├─ (\/\S+?\/index\.html) \(restored\)/g)].map((m) => m[1]!));
  const rendered = new Set([...printed.matchAll(page)].map((m) => m[1]!).filter((p) => !restored.has(p)));
  return { restored, rendered };
}
const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(join(content, file), change(readFileSync(join(content, file), 'utf8')));

describe('a rebuild on the content store', { timeout: 180_000 }, () => {
  it('renders again only the edited body, and writes what a build from scratch writes', async () => {
    cpSync(join(projectRoot, 'tests/fixtures/small-story'), content, { recursive: true });
    expect(await build('site', '--force')).toBe((await loadCorpus(content)).entries.length);
    expect(await build('site')).toBe(0);
    const unchanged = pagesOfLastBuild();
    expect(unchanged.restored).toContain('/events/the-hearing/index.html');
    expect(unchanged.restored).toContain('/embed/actors/mayor/index.html');
    expect([...unchanged.rendered].filter((page) => /^\/(actors|events|sources|embed\/(actors|events|sources))\/.+\//.test(page))).toEqual(
      [],
    );
    edit('events/the-hearing.md', (t) => `${t}\nThe hearing ran late. [@gazette-report]\n`);
    expect(await build('site')).toBe(1);
    const edited = pagesOfLastBuild();
    expect(edited.rendered).toContain('/events/the-hearing/index.html');
    expect(edited.rendered).toContain('/embed/events/the-hearing/index.html');
    expect(edited.restored).toContain('/actors/jose-nunez/index.html');
    await build('scratch', '--force');
    expect(differences(join(work, 'site'), join(work, 'scratch'))).toEqual([]);
  });

  it('renders again the renamed entry and every body that links to it, and only those', async () => {
    const corpus = await loadCorpus(content);
    const linking = corpus.entries.filter((e) =>
      e.body.links.some((link) => {
        const found = corpus.index.resolve(link.target);
        return found.status === 'found' && found.entry.id === 'mayor';
      }),
    );
    expect(linking.length).toBeGreaterThan(0);
    // A build into another folder is another Astro config: back to this one first.
    await build('site');
    edit('actors/mayor.md', (t) => t.replace(/^name: .*$/m, 'name: Ana Ruiz Gómez'));
    expect(await build('site')).toBe(new Set(['mayor', ...linking.map((e) => e.id)]).size);
    // Every page that names the mayor shows the new name: none of them is copied from the last build.
    const renamed = pagesOfLastBuild();
    for (const entry of linking.filter((e) => e.kind !== 'story'))
      expect(renamed.rendered).toContain(`/${entry.kind}s/${entry.id}/index.html`);
    await build('scratch', '--force');
    expect(differences(join(work, 'site'), join(work, 'scratch'))).toEqual([]);
    expect(readFileSync(join(work, 'site', 'actors/mayor/index.html'), 'utf8')).toContain('Ana Ruiz Gómez');
  });
});
