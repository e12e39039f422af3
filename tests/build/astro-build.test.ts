/**
 * `astro build` run as any Astro user runs it, with no Dossier command
 * around it: the same site as `npm run build`, byte for byte, and on broken
 * content every problem reported at once while the previous output stays.
 */
import { execFile } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, cleanEnv, projectRoot, type BuildResult } from '../helpers/build-site.ts';
import { differences, rebuildWorkspace } from '../helpers/rebuild-workspace.ts';

const { work } = rebuildWorkspace('astro-build');

function astroBuild(content: string, out: string): Promise<BuildResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [resolve(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'],
      { cwd: projectRoot, env: cleanEnv({ DOSSIER_CONTENT: content, DOSSIER_OUT: out }), maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('astro build', { timeout: 180_000 }, () => {
  const viaNpm = join(work, 'npm-build');
  const viaAstro = join(work, 'astro-build');

  it('writes the site npm run build writes', async () => {
    const npm = await buildSite('tests/fixtures/small-story', viaNpm);
    expect(npm.code, npm.stderr).toBe(0);
    const astro = await astroBuild('tests/fixtures/small-story', viaAstro);
    expect(astro.code, astro.stderr + astro.stdout).toBe(0);
    expect(readFileSync(join(viaAstro, 'index.html'), 'utf8')).toContain('<html');
    expect(differences(viaNpm, viaAstro)).toEqual([]);
  });

  it('on broken content, reports every problem with its position and leaves the previous site', async () => {
    const broken = join(work, 'broken');
    cpSync(resolve(projectRoot, 'tests/fixtures/broken-links'), broken, { recursive: true });
    const result = await astroBuild(broken, viaAstro);
    expect(result.code).not.toBe(0);
    const output = result.stdout + result.stderr;
    for (const line of [
      `${broken}/actors/volodymyr-zelenskyy.md:9:5  error  the link [[nobody-at-all]] matches no entry`,
      `${broken}/events/meeting.md:8:11  error  "sources[0]" names "a-reprot", which is no source of this story`,
      `${broken}/story.md:6:11  error  the link [[Zelenskiy]] matches no entry`,
      '9 errors, 1 warning',
    ]) {
      expect(output).toContain(line);
    }
    expect(differences(viaNpm, viaAstro)).toEqual([]);
  });
});
