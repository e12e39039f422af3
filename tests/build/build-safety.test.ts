/**
 * A build writes only where it may, and a failed build leaves the previous
 * output as it was: DOSSIER_OUT can't name the project, its sources, the
 * content or a folder of other files; a failure inside Astro, after the
 * content passed the check, changes nothing either.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot, runCli } from '../helpers/build-site.ts';
import { scratchDir } from '../helpers/scratch.ts';

const story = 'tests/fixtures/small-story';
const build = (out: string, extra: Record<string, string> = {}) => runCli('build', { DOSSIER_CONTENT: story, DOSSIER_OUT: out, ...extra });

describe('DOSSIER_OUT', () => {
  for (const [out, reason] of [
    ['.', 'is the project folder'],
    ['..', 'is a folder that holds the project folder'],
    ['src', "is the project's src/ folder"],
    [story, 'is the content folder'],
    [dirname(story), 'is a folder that holds the content folder'],
    [`${story}/site`, 'is inside the content folder'],
    ['node_modules/site', "is inside the project's node_modules/ folder"],
  ] as const) {
    it(`is refused when it ${reason} (${out})`, async () => {
      const result = await build(out);
      expect(result.code).toBe(2);
      // Paths outside the project are shown in full.
      const shown = out === '..' ? dirname(projectRoot) : out;
      expect(result.stderr).toContain(`error  DOSSIER_OUT "${shown}" ${reason}`);
      expect(existsSync(join(projectRoot, `${story}/site`))).toBe(false);
    });
  }

  it('is refused when it holds files that are not a built site, and they stay', async () => {
    const work = scratchDir('out');
    writeFileSync(join(work, 'thesis.docx'), 'years of work');
    const result = await build(work);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      `error  DOSSIER_OUT "${work}" holds files that are not a built site, and a build replaces the whole folder: empty it or choose another`,
    );
    expect(readFileSync(join(work, 'thesis.docx'), 'utf8')).toBe('years of work');
    rmSync(work, { recursive: true, force: true });
  });
});

describe('a build that fails in Astro, after the check passed', () => {
  it('leaves the previous output untouched and no temporary folder behind', async () => {
    const work = scratchDir('astro-fails');
    const out = join(work, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'previous build');
    // The content is good, but Astro can't write the pages: where it builds them is a file.
    writeFileSync(join(work, '.dist.builds'), 'in the way');
    const result = await build(out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The build failed:');
    expect(result.stderr).toContain(`${out}/ was left as it was.`);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
    expect(readdirSync(work).sort()).toEqual(['.dist.builds', 'dist']);
    rmSync(work, { recursive: true, force: true });
  });
});

describe('an unusable content folder', () => {
  it('stops the build with exit code 2 before anything is written', async () => {
    const work = scratchDir('no-content');
    const result = await runCli('build', { DOSSIER_CONTENT: join(work, 'missing'), DOSSIER_OUT: join(work, 'dist') });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`error  the content folder "${join(work, 'missing')}" does not exist`);
    expect(readdirSync(work)).toEqual([]);
    rmSync(work, { recursive: true, force: true });
  });
});
