/**
 * A rebuild reuses what the previous build of the story read and rendered
 * (`src/cli/build-cache.ts`): only changed files are parsed again, only the
 * bodies an edit reaches are rendered again, and the site is byte for byte
 * what a cold build of the edited story writes.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { differences, rebuildWorkspace } from '../helpers/rebuild-workspace.ts';

const { work, content, cacheDir } = rebuildWorkspace('dossier-rebuild-');

/** "Parsed again: 1 of 11 files; rendered again: 4 of 11 bodies", as numbers. */
function reused(stdout: string): { parsed: number; rendered: number; of: number } | undefined {
  const m = /Parsed again: (\d+) of (\d+) files; rendered again: (\d+) of \2 bodies/.exec(stdout);
  return m ? { parsed: Number(m[1]), rendered: Number(m[3]), of: Number(m[2]) } : undefined;
}

/** Builds, edits, builds again with the cache, then builds the edited story cold; returns the second build's log. */
async function rebuildAfter(name: string, edit: () => void): Promise<string> {
  rmSync(content, { recursive: true, force: true });
  cpSync('tests/fixtures/small-story', content, { recursive: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const first = await buildSite(content, join(work, `${name}-first`), '/x/');
  expect(first.code, first.stderr).toBe(0);
  expect(reused(first.stdout), 'a cold build has nothing to reuse').toBeUndefined();
  edit();
  const again = await buildSite(content, join(work, `${name}-again`), '/x/');
  expect(again.code, again.stderr).toBe(0);
  rmSync(cacheDir, { recursive: true, force: true });
  const cold = await buildSite(content, join(work, `${name}-cold`), '/x/');
  expect(cold.code, cold.stderr).toBe(0);
  expect(differences(join(work, `${name}-again`), join(work, `${name}-cold`))).toEqual([]);
  return again.stdout;
}

const replaceIn = (file: string, from: string, to: string) => {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

describe('a rebuild with the cache of the previous build', () => {
  it('parses and renders again only the edited body, and writes what a cold build writes', async () => {
    const log = await rebuildAfter('sentence', () =>
      replaceIn('events/the-hearing.md', 'asked for a delay at the hearing.', 'asked for a delay at the hearing, citing costs.'),
    );
    expect(reused(log)).toEqual({ parsed: 1, rendered: 1, of: 11 });
    // The actor page quotes the sentence that mentions him ("Mentioned in").
    expect(readFileSync(join(work, 'sentence-again', 'actors', 'jose-nunez', 'index.html'), 'utf8')).toContain('citing costs');
  });

  it('renders again every body whose links an edit elsewhere changes', async () => {
    // The council's new name is what every link to it now says; its old name stays an alias.
    const log = await rebuildAfter('rename', () => {
      replaceIn('actors/council.md', 'name: Example Town Council', 'name: Example City Council');
      replaceIn('actors/council.md', 'aliases: [Town council]', 'aliases: [Town council, Example Town Council]');
    });
    // council.md itself, and the three bodies that link to the council: José Núñez's, the vote's and the story's.
    expect(reused(log)).toEqual({ parsed: 1, rendered: 4, of: 11 });
    expect(readFileSync(join(work, 'rename-again', 'events', 'the-vote', 'index.html'), 'utf8')).toContain('Example City Council');
  });
});
