import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, realpathSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildsFolder,
  discardStaging,
  outputPath,
  removeLeftovers,
  removeOlderBuilds,
  stagingFolder,
  swapIntoPlace,
} from '../../src/integration/output-folder.ts';
import { scratchDir } from '../helpers/scratch.ts';

/** A built site: an index page saying which build it is. */
function site(path: string, label: string): string {
  mkdirSync(join(path, 'actors'), { recursive: true });
  writeFileSync(join(path, 'index.html'), label);
  writeFileSync(join(path, 'actors', 'index.html'), `${label} actors`);
  return path;
}
const served = (out: string) => readFileSync(join(out, 'index.html'), 'utf8');

/** Thrown by `afterStep` to stop the swap there, as a kill would. */
class Killed extends Error {}

describe('swapIntoPlace', () => {
  it('makes the output a link to the new build, keeping the previous one and deleting older ones', () => {
    const parent = scratchDir('swap');
    const out = join(parent, 'dist');
    for (const label of ['first', 'second', 'third']) swapIntoPlace(site(join(parent, `staged-${label}`), label), out);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(served(out)).toBe('third');
    expect(readdirSync(parent).sort()).toEqual(['.dist.builds', 'dist']);
    const kept = readdirSync(buildsFolder(out)).map((name) => served(join(buildsFolder(out), name)));
    expect(kept.sort()).toEqual(['second', 'third']);
  });

  it('never leaves the output without a whole site, wherever it is stopped', () => {
    for (const start of ['a real folder', 'a link to a build', 'nothing']) {
      for (const stopAt of ['moved the build beside the others', 'made the new link', 'moved the real folder aside', 'replaced the link']) {
        const parent = scratchDir('kill');
        const out = join(parent, 'dist');
        if (start === 'a real folder') site(out, 'old');
        if (start === 'a link to a build') swapIntoPlace(site(join(parent, 'old'), 'old'), out);
        const seen: string[] = [];
        try {
          swapIntoPlace(site(join(parent, 'new'), 'new'), out, (step) => {
            // Between any two steps, the output is the old site or the new one, whole.
            seen.push(existsSync(join(out, 'index.html')) ? served(out) : 'nothing');
            if (step === stopAt) throw new Killed();
          });
        } catch (error) {
          if (!(error instanceof Killed)) throw error;
        }
        const expected = start === 'nothing' ? ['nothing', 'nothing', 'new'] : ['old', 'old', 'new'];
        const label = `${start}, stopped after "${stopAt}"`;
        // The first build into a real folder has one moment without it: the one rename Dossier can't avoid.
        const allowed = start === 'a real folder' ? ['old', 'old', 'nothing', 'new'] : expected;
        expect(allowed.slice(0, seen.length), label).toEqual(seen);
        if (start !== 'nothing' && stopAt !== 'moved the real folder aside') expect(['old', 'new'], label).toContain(served(out));
      }
    }
  });

  it('moves a build made on another file system (a copy, then the original deleted)', () => {
    const parent = scratchDir('exdev');
    const other = existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(parent).dev ? '/dev/shm' : tmpdir();
    const staged = site(scratchDir('staged', other), 'elsewhere');
    const out = join(parent, 'dist');
    swapIntoPlace(staged, out);
    expect(served(out)).toBe('elsewhere');
    expect(existsSync(staged)).toBe(false);
  });
});

describe('removeOlderBuilds', () => {
  it('deletes every build but the one served, leaving the output whole', async () => {
    const parent = scratchDir('older');
    const out = join(parent, 'dist');
    for (const label of ['first', 'second', 'third']) swapIntoPlace(site(join(parent, `staged-${label}`), label), out);
    mkdirSync(join(buildsFolder(out), 'staging'));
    await removeOlderBuilds(out);
    expect(served(out)).toBe('third');
    const left = readdirSync(buildsFolder(out));
    expect(left.filter((name) => name !== 'staging').map((name) => served(join(buildsFolder(out), name)))).toEqual(['third']);
    expect(left, "a build's staging folder is not a build to delete").toContain('staging');
  });

  it('does nothing where no build was made', async () => {
    const parent = scratchDir('none');
    await removeOlderBuilds(join(parent, 'dist'));
    expect(readdirSync(parent)).toEqual([]);
  });
});

describe('outputPath', () => {
  it('follows a link Dossier did not make, so the folder it points to is replaced', () => {
    const parent = scratchDir('link');
    const served = site(join(parent, 'srv', 'www'), 'stale');
    const link = join(parent, 'dist');
    symlinkSync(served, link);
    const out = outputPath(link);
    expect(out).toBe(join(realpathSync(parent), 'srv', 'www'));
    swapIntoPlace(site(join(parent, 'new'), 'fresh'), out);
    expect(readFileSync(join(link, 'index.html'), 'utf8')).toBe('fresh');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('keeps a link Dossier made', () => {
    const parent = scratchDir('ours');
    const out = join(parent, 'dist');
    swapIntoPlace(site(join(parent, 'a'), 'a'), out);
    expect(outputPath(out)).toBe(out);
  });
});

describe('staging', () => {
  it('is beside the output when that is inside the folder the build runs from, else in node_modules/.cache', () => {
    expect(stagingFolder('/project/dist', '/project')).toBe('/project/.dist.builds/staging');
    expect(stagingFolder('/srv/site', '/project')).toBe('/project/node_modules/.cache/dossier/site-staging');
  });

  it('what killed builds left is deleted, and a failed build leaves nothing', () => {
    const parent = scratchDir('left');
    const out = join(parent, 'dist');
    swapIntoPlace(site(join(parent, 'a'), 'a'), out);
    site(join(buildsFolder(out), 'staging-99999'), 'killed');
    symlinkSync('.dist.builds', join(parent, '.dist.link-99999'));
    removeLeftovers(out, parent);
    expect(readdirSync(parent).sort()).toEqual(['.dist.builds', 'dist']);
    expect(readdirSync(buildsFolder(out)).some((name) => name.startsWith('staging-'))).toBe(false);

    const fresh = join(scratchDir('failed'), 'dist');
    site(stagingFolder(fresh, dirname(fresh)), 'half');
    discardStaging(fresh, dirname(fresh));
    expect(existsSync(buildsFolder(fresh))).toBe(false);
  });
});
