/**
 * Builds the sites the build tests read, one after the other (Astro writes
 * shared type files under `.astro/`, so builds must not run concurrently):
 * the small fixture story at the root with no site address, and the leak
 * story under a sub-path with one (`LEAK_SITE`), as a CDN would serve it;
 * then the bad inputs that must work, the XSS story, and the story with pictures.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, runCli } from './build-site.ts';
import { fileCases, generatedCases, writeWorkingStory } from '../bad-input/corpus.ts';
import { writeXssStory } from '../security/xss-story.ts';
import { PICTURES_STORY, writePictures } from './picture-files.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureSite: string;
    /** The fixture story built a second time: the graph must come out byte for byte the same. */
    fixtureSiteAgain: string;
    leakSite: string;
    leakBase: string;
    /** A story whose one event has no source (the build warns and goes on), built at https://example.org/town/. */
    unsourcedBuild: { site: string; code: number; stdout: string };
    leakSiteUrl: string;
    /** Every bad-input case that must simply work, in one story, and its build's output. */
    badInputContent: string;
    badInputSite: string;
    badInputLog: string;
    /** The story whose every field and body carries XSS vectors, built. */
    xssSite: string;
    /** The story with pictures (`tests/fixtures/pictures-story`, its files made by `picture-files.ts`), built under PICTURES_BASE. */
    picturesSite: string;
    picturesContent: string;
    /** The stories in German and in Arabic (`tests/fixtures/german-story`, `arabic-story`), built under LANGUAGE_BASES. */
    germanSite: string;
    arabicSite: string;
  }
}

export const LEAK_BASE = '/explainers/leak/';
export const PICTURES_BASE = '/harbour/';
/** Where the German and the Arabic story are built: each names the other as a version at that address. */
export const LANGUAGE_BASES = { de: '/de/', ar: '/ar/' } as const;
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
  const fixtureSiteAgain = join(work, 'fixture-again');
  for (const [{ content, base, env }, out] of [
    [SHARED_BUILDS.fixture, fixtureSite],
    [SHARED_BUILDS.leak, leakSite],
    [SHARED_BUILDS.fixture, fixtureSiteAgain],
  ] as const) {
    const result = await buildSite(content, out, base, env);
    if (result.code !== 0) throw new Error(`Building ${content} failed:\n${result.stdout}\n${result.stderr}`);
  }
  const unsourcedSite = join(work, 'unsourced');
  // Built with an absolute site URL, to check the feed's and the structured data's links.
  const unsourced = await runCli('build', {
    DOSSIER_CONTENT: 'tests/fixtures/unsourced-event',
    DOSSIER_OUT: unsourcedSite,
    DOSSIER_BASE: '/town/',
    DOSSIER_SITE: 'https://example.org',
  });
  project.provide('unsourcedBuild', { site: unsourcedSite, code: unsourced.code, stdout: unsourced.stdout });
  const badInputContent = writeWorkingStory([...fileCases(), ...generatedCases], join(work, 'bad-input-content'));
  const badInputSite = join(work, 'bad-input');
  const badInput = await buildSite(badInputContent, badInputSite);
  if (badInput.code !== 0) throw new Error(`Building the bad inputs that must work failed:\n${badInput.stdout}\n${badInput.stderr}`);
  const xssContent = writeXssStory(join(work, 'xss-content'));
  const xssSite = join(work, 'xss');
  const xss = await buildSite(xssContent, xssSite);
  if (xss.code !== 0) throw new Error(`Building the XSS story failed:\n${xss.stdout}\n${xss.stderr}`);
  project.provide('xssSite', xssSite);
  const picturesContent = join(work, 'pictures-content');
  cpSync('tests/fixtures/pictures-story', picturesContent, { recursive: true });
  await writePictures(picturesContent, PICTURES_STORY);
  const picturesSite = join(work, 'pictures');
  const pictures = await buildSite(picturesContent, picturesSite, PICTURES_BASE, { DOSSIER_SITE: LEAK_SITE });
  if (pictures.code !== 0) throw new Error(`Building the story with pictures failed:\n${pictures.stdout}\n${pictures.stderr}`);
  project.provide('picturesSite', picturesSite);
  for (const [lang, fixture, key] of [
    ['de', 'german-story', 'germanSite'],
    ['ar', 'arabic-story', 'arabicSite'],
  ] as const) {
    const out = join(work, fixture);
    const built = await buildSite(`tests/fixtures/${fixture}`, out, LANGUAGE_BASES[lang], { DOSSIER_SITE: LEAK_SITE });
    if (built.code !== 0) throw new Error(`Building the ${fixture} failed:\n${built.stdout}\n${built.stderr}`);
    project.provide(key, out);
  }
  project.provide('picturesContent', picturesContent);
  project.provide('badInputContent', badInputContent);
  project.provide('badInputSite', badInputSite);
  project.provide('badInputLog', badInput.stdout);
  project.provide('fixtureSite', fixtureSite);
  project.provide('fixtureSiteAgain', fixtureSiteAgain);
  project.provide('leakSite', leakSite);
  project.provide('leakBase', LEAK_BASE);
  project.provide('leakSiteUrl', LEAK_SITE);
  return () => {
    rmSync(work, { recursive: true, force: true });
  };
}
