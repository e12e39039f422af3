/**
 * Builds are reproducible (the same content gives the same bytes, wherever
 * the output goes) and atomic (a build that fails inside Astro, after the
 * content check passed, leaves the previous output as it was).
 */
import { describe, expect, inject, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildSite } from '../helpers/build-site.ts';
import { listFiles } from '../helpers/html.ts';
import { SHARED_BUILDS } from '../helpers/global-setup.ts';

/** Every file of a folder, by relative path, with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  return new Map(listFiles(dir).map((file) => [relative(dir, file), readFileSync(file)]));
}

/** The relative paths that are in one folder only, or differ in a byte. */
function differences(a: string, b: string): string[] {
  const left = snapshot(a);
  const right = snapshot(b);
  const paths = [...new Set([...left.keys(), ...right.keys()])].sort();
  return paths.flatMap((path) => {
    const x = left.get(path);
    const y = right.get(path);
    if (!x) return [`${path} (only in the second build)`];
    if (!y) return [`${path} (only in the first build)`];
    return x.equals(y) ? [] : [`${path} (differs)`];
  });
}

describe('reproducible builds', () => {
  const sites = { fixture: inject('fixtureSite'), leak: inject('leakSite') };

  for (const name of ['fixture', 'leak'] as const) {
    it(`builds the ${name} story a second time, elsewhere, into byte-identical output`, async () => {
      const { content, base, env } = SHARED_BUILDS[name];
      const again = join(mkdtempSync(join(tmpdir(), 'dossier-again-')), 'site');
      const result = await buildSite(content, again, base, env);
      expect(result.code, result.stderr).toBe(0);
      expect(snapshot(again).size).toBeGreaterThan(10);
      expect(differences(sites[name], again), 'files that differ between two builds of the same content').toEqual([]);
    });
  }
});

describe('atomic builds', () => {
  it('leaves the previous output as it was when the build fails inside Astro, after the content check', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'dossier-atomic-'));
    const out = join(parent, 'dist');
    mkdirSync(join(out, 'actors'), { recursive: true });
    writeFileSync(join(out, 'index.html'), 'previous build');
    writeFileSync(join(out, 'actors', 'index.html'), 'previous actors');
    // A site address without a scheme passes the content check; Astro then rejects its configuration.
    const result = await buildSite('tests/fixtures/small-story', out, '/', { DOSSIER_SITE: 'example.org' });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain('The build stopped');
    expect(result.stderr).toContain('The build failed:');
    expect(result.stderr).toContain('was left as it was.');
    expect([...snapshot(out)].map(([path, bytes]) => [path, bytes.toString()])).toEqual([
      ['actors/index.html', 'previous actors'],
      ['index.html', 'previous build'],
    ]);
    // No temporary folder left behind.
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});
