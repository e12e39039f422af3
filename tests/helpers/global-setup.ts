/**
 * Builds the sites the build tests read, one after the other (Astro writes
 * shared type files under `.astro/`, so builds must not run concurrently):
 * the small fixture story at the root, and the leak story under a sub-path,
 * as a CDN would serve it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot } from './build-site.ts';
import { astroCacheDir, readOptions } from '../../src/cli/options.ts';
import { fileCases, generatedCases, writeWorkingStory } from '../bad-input/corpus.ts';
import { writeXssStory } from '../security/xss-story.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureSite: string;
    leakSite: string;
    leakBase: string;
    /** Every bad-input case that must simply work, in one story, and its build's output. */
    badInputContent: string;
    badInputSite: string;
    badInputLog: string;
    /** The story whose every field and body carries XSS vectors, built. */
    xssSite: string;
  }
}

export const LEAK_BASE = '/explainers/leak/';

export default async function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'dossier-test-'));
  const fixtureSite = join(work, 'fixture');
  const leakSite = join(work, 'leak');
  for (const [content, out, base] of [
    ['tests/fixtures/small-story', fixtureSite, '/'],
    ['content', leakSite, LEAK_BASE],
  ] as const) {
    const result = await buildSite(content, out, base);
    if (result.code !== 0) throw new Error(`Building ${content} failed:\n${result.stdout}\n${result.stderr}`);
  }
  const badInputContent = writeWorkingStory([...fileCases(), ...generatedCases], join(work, 'bad-input-content'));
  const badInputSite = join(work, 'bad-input');
  const badInput = await buildSite(badInputContent, badInputSite);
  if (badInput.code !== 0) throw new Error(`Building the bad inputs that must work failed:\n${badInput.stdout}\n${badInput.stderr}`);
  const xssContent = writeXssStory(join(work, 'xss-content'));
  const xssSite = join(work, 'xss');
  const xss = await buildSite(xssContent, xssSite);
  if (xss.code !== 0) throw new Error(`Building the XSS story failed:\n${xss.stdout}\n${xss.stderr}`);
  project.provide('xssSite', xssSite);
  project.provide('badInputContent', badInputContent);
  project.provide('badInputSite', badInputSite);
  project.provide('badInputLog', badInput.stderr);
  project.provide('fixtureSite', fixtureSite);
  project.provide('leakSite', leakSite);
  project.provide('leakBase', LEAK_BASE);
  return () => {
    rmSync(work, { recursive: true, force: true });
    // Astro's cache for the temporary story, kept under node_modules/.astro.
    for (const content of [badInputContent, xssContent]) {
      rmSync(astroCacheDir(readOptions({ DOSSIER_CONTENT: content }, projectRoot)), { recursive: true, force: true });
    }
  };
}
