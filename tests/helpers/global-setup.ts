/**
 * Builds the sites the build tests read, one after the other (Astro writes
 * shared type files under `.astro/`, so builds must not run concurrently):
 * the small fixture story at the root with no site address, and the leak
 * story under a sub-path with one (`LEAK_SITE`), as a CDN would serve it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureSite: string;
    leakSite: string;
    leakBase: string;
    leakSiteUrl: string;
  }
}

export const LEAK_BASE = '/explainers/leak/';
/** The leak story's DOSSIER_SITE: absolute URLs (canonical, og:url, sitemap) are tested on it. */
export const LEAK_SITE = 'https://example.org';

/** How each shared site is built: content folder, base, environment. */
export const SHARED_BUILDS = {
  fixture: { content: 'tests/fixtures/small-story', base: '/', env: {} },
  leak: { content: 'content', base: LEAK_BASE, env: { DOSSIER_SITE: LEAK_SITE } },
} as const;

export default async function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'dossier-test-'));
  const fixtureSite = join(work, 'fixture');
  const leakSite = join(work, 'leak');
  for (const [{ content, base, env }, out] of [
    [SHARED_BUILDS.fixture, fixtureSite],
    [SHARED_BUILDS.leak, leakSite],
  ] as const) {
    const result = await buildSite(content, out, base, env);
    if (result.code !== 0) throw new Error(`Building ${content} failed:\n${result.stdout}\n${result.stderr}`);
  }
  project.provide('fixtureSite', fixtureSite);
  project.provide('leakSite', leakSite);
  project.provide('leakBase', LEAK_BASE);
  project.provide('leakSiteUrl', LEAK_SITE);
  return () => rmSync(work, { recursive: true, force: true });
}
