/**
 * The output's edges, as an operator meets them: options refused before
 * anything runs (exit code 2, one line each, with a hint, no stack trace),
 * by `npm run build` and by `astro build` alike; a DOSSIER_OUT that is a
 * symbolic link or on another file system; two builds at once.
 */
import { execFile } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, projectRoot, runCli, type BuildResult } from '../helpers/build-site.ts';
import { scratchDir } from '../helpers/scratch.ts';

const story = 'tests/fixtures/small-story';

function astro(env: Record<string, string>): Promise<BuildResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [resolve(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'],
      { cwd: projectRoot, env: cleanEnv({ DOSSIER_CONTENT: story, ...env }) },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('options that cannot be used', () => {
  it('are refused with exit code 2 and a hint, every one at once, by npm run build and by astro build', async () => {
    const work = scratchDir('options');
    const env = {
      DOSSIER_OUT: join(work, 'dist'),
      DOSSIER_BASE: '/x" onload="alert(1)',
      DOSSIER_SITE: 'https://example.org/leak/',
      DOSSIER_EMBED_ORIGINS: "https://news.example 'self'",
    };
    for (const result of [await runCli('build', { DOSSIER_CONTENT: story, ...env }), await astro(env)]) {
      expect(result.code).toBe(2);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toEqual([
        'error  DOSSIER_SITE "https://example.org/leak/" has a path ("/leak/")  (set DOSSIER_SITE=https://example.org and the path in DOSSIER_BASE=/leak/)',
        expect.stringMatching(
          /^error {2}DOSSIER_BASE "\/x\\" onload=\\"alert\(1\)" has characters a URL path can't hold as they are .+ {2}\(write it as a path/,
        ),
        expect.stringMatching(
          /^error {2}DOSSIER_EMBED_ORIGINS holds "'self'", which is not an absolute URL {2}\(list the sites that may frame/,
        ),
      ]);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readdirSync(work)).toEqual([]);
  });
});

describe('DOSSIER_OUT', { timeout: 240_000 }, () => {
  it('a symbolic link: the folder it points to gets the new site, and the link stays', async () => {
    const work = scratchDir('out-link');
    const served = join(work, 'srv', 'www');
    mkdirSync(served, { recursive: true });
    writeFileSync(join(served, 'index.html'), 'stale');
    const link = join(work, 'dist');
    symlinkSync(served, link);
    const result = await runCli('build', { DOSSIER_CONTENT: story, DOSSIER_OUT: link });
    expect(result.code, result.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(link, 'index.html'), 'utf8')).toContain('<html');
    expect(readFileSync(join(served, 'index.html'), 'utf8')).toContain('<html');
  });

  it('on another file system than the project: built and swapped in', async () => {
    const shm = '/dev/shm';
    const other = existsSync(shm) && statSync(shm).dev !== statSync(projectRoot).dev ? shm : tmpdir();
    const out = join(scratchDir('out-fs', other), 'site');
    const result = await runCli('build', { DOSSIER_CONTENT: story, DOSSIER_OUT: out });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<html');
    expect(readdirSync(join(projectRoot, 'node_modules/.cache/dossier')).filter((name) => name.includes('staging'))).toEqual([]);
  });

  it('two builds at once, into one folder or two: both succeed, the second waiting for the first', async () => {
    const work = scratchDir('two-builds');
    const [a, b, c] = await Promise.all([
      runCli('build', { DOSSIER_CONTENT: story, DOSSIER_OUT: join(work, 'one') }),
      runCli('build', { DOSSIER_CONTENT: story, DOSSIER_OUT: join(work, 'one') }),
      runCli('build', { DOSSIER_CONTENT: 'content', DOSSIER_OUT: join(work, 'two') }),
    ]);
    for (const result of [a, b, c]) expect(result.code, result.stderr).toBe(0);
    const waited = [a, b, c].filter((r) => `${r.stdout}${r.stderr}`.includes('Another build of this project is running'));
    expect(waited.length, [a, b, c].map((r) => r.stdout + r.stderr).join('\n---\n')).toBeGreaterThanOrEqual(1);
    expect(readFileSync(join(work, 'one', 'index.html'), 'utf8')).toContain('<html');
    expect(readFileSync(join(work, 'two', 'index.html'), 'utf8')).toContain('Pentagon');
  });
});
