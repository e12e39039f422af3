/**
 * Builds are reproducible (the same content gives the same bytes, wherever
 * the output goes) and atomic (a build that fails inside Astro, after the
 * content check passed, leaves the previous output as it was).
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../helpers/build-site.ts';
import { differences, snapshot } from '../helpers/rebuild-workspace.ts';
import { SHARED_BUILDS } from '../helpers/global-setup.ts';
import { scratchDir } from '../helpers/scratch.ts';

describe('reproducible builds', () => {
  const sites = { fixture: inject('fixtureSite'), leak: inject('leakSite') };

  for (const name of ['fixture', 'leak'] as const) {
    it(`builds the ${name} story a second time, elsewhere, into byte-identical output`, async () => {
      const { content, base, env } = SHARED_BUILDS[name];
      const again = join(scratchDir('again'), 'site');
      const result = await buildSite(content, again, base, env);
      expect(result.code, result.stderr).toBe(0);
      expect(snapshot(again).size).toBeGreaterThan(10);
      expect(differences(sites[name], again), 'files that differ between two builds of the same content').toEqual([]);
    });
  }
});

describe('atomic builds', () => {
  it('leaves the previous output as it was when the build fails inside Astro, after the content check', async () => {
    const parent = scratchDir('atomic');
    const out = join(parent, 'dist');
    mkdirSync(join(out, 'actors'), { recursive: true });
    writeFileSync(join(out, 'index.html'), 'previous build');
    writeFileSync(join(out, 'actors', 'index.html'), 'previous actors');
    // The content is good, but Astro can't write the pages: where it builds them is a file.
    writeFileSync(join(parent, '.dist.builds'), 'in the way');
    const result = await buildSite('tests/fixtures/small-story', out, '/');
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain('The build stopped');
    expect(result.stderr).toContain('The build failed:');
    expect(result.stderr).toContain('was left as it was.');
    expect([...snapshot(out)].map(([path, bytes]) => [path, bytes.toString()])).toEqual([
      ['actors/index.html', 'previous actors'],
      ['index.html', 'previous build'],
    ]);
    // No temporary folder left behind.
    expect(readdirSync(parent).sort()).toEqual(['.dist.builds', 'dist']);
    expect(readFileSync(join(parent, '.dist.builds'), 'utf8')).toBe('in the way');
  });

  it('puts the new site in place and deletes the old one, and what an interrupted build left', async () => {
    const parent = scratchDir('swap');
    const out = join(parent, 'dist');
    const first = await buildSite('tests/fixtures/small-story', out);
    expect(first.code, first.stderr).toBe(0);
    expect(readdirSync(parent).sort()).toEqual(['.dist.builds', 'dist']);
    writeFileSync(join(out, 'stray.html'), 'only in the previous output');
    // What a build killed midway leaves: its staging folder, a link not yet renamed.
    mkdirSync(join(parent, '.dist.builds', 'staging-99999', 'actors'), { recursive: true });
    symlinkSync('.dist.builds/staging-99999', join(parent, '.dist.link-99999'));
    const second = await buildSite('tests/fixtures/small-story', out);
    expect(second.code, second.stderr).toBe(0);
    expect(existsSync(join(out, 'stray.html'))).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<html');
    expect(readdirSync(parent).sort()).toEqual(['.dist.builds', 'dist']);
    // The new build, and the previous one for readers midway through a visit.
    expect(readdirSync(join(parent, '.dist.builds'))).toHaveLength(2);
    rmSync(parent, { recursive: true, force: true });
  });
});
