/**
 * `npm run check` reads files on worker threads as well as its own: the
 * corpus, its problems (with their order) and its pages must be exactly what
 * `loadCorpus` finds reading every file on one thread.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus, type Corpus } from '../../src/lib/corpus.ts';
import { loadCorpusInParallel, readInParallel } from '../../src/cli/read-in-parallel.ts';
import { listContent } from '../../src/lib/list-content.ts';
import { ProblemList } from '../../src/lib/problems.ts';
import type { ReadCache, StoredRead } from '../../src/lib/cached-read.ts';
import { buildSiteModel } from '../../src/lib/site-model.ts';
import { generateCorpus } from '../../src/bench/generate-corpus.ts';
import { fileCases, generatedCases, writeCase } from '../bad-input/corpus.ts';

const entries = (corpus: Corpus) =>
  corpus.entries.map(({ positionOf: _p, body, ...rest }) => ({ ...rest, links: body.links, citations: body.citations, notes: body.notes }));

function memoryCache(): ReadCache & { stored: Map<string, StoredRead> } {
  const stored = new Map<string, StoredRead>();
  return { stored, get: (key) => stored.get(key), set: (key, read) => void stored.set(key, read), size: () => stored.size };
}

async function expectSameAsOneThread(dir: string, workers: number) {
  const one = loadCorpus(dir);
  const many = await loadCorpusInParallel(dir, { workers });
  expect(many.problems).toEqual(one.problems);
  expect(entries(many)).toEqual(entries(one));
  return { one, many };
}

describe('reading a content folder on several threads', () => {
  it('finds the same problems, in the same order, for every bad input', async () => {
    const work = mkdtempSync(join(tmpdir(), 'dossier-parallel-'));
    for (const c of [...fileCases(), ...generatedCases.filter((g) => !g.name.includes('2-mb'))]) {
      await expectSameAsOneThread(writeCase(c, join(work, c.name)), 1);
    }
    rmSync(work, { recursive: true, force: true });
  });

  it('gives the same pages, and problems placed by field, with two workers', async () => {
    for (const story of ['tests/fixtures/small-story', 'content']) {
      const { one, many } = await expectSameAsOneThread(story, 2);
      // Pages need each entry's Markdown tree, which workers don't send: it is parsed again.
      expect(buildSiteModel(many, { base: '/x/' })).toEqual(buildSiteModel(one, { base: '/x/' }));
      const path = ['name'];
      for (const [i, entry] of many.entries.entries()) expect(entry.positionOf(path)).toEqual(one.entries[i]!.positionOf(path));
    }
  });

  it('shares a large folder between this thread and the workers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-parallel-'));
    generateCorpus(dir, { entries: 1_500, seed: 3 });
    const counts = { here: 0, workers: 0 };
    const many = await loadCorpusInParallel(dir, { workers: 1, counts });
    expect(counts.workers).toBeGreaterThan(0);
    expect(counts.here + counts.workers).toBe(1_501);
    const one = loadCorpus(dir);
    expect(many.problems).toEqual(one.problems);
    expect(entries(many)).toEqual(entries(one));
    // As `npm run check` calls it: workers, one per core but this thread's, started before the folder is listed.
    const byDefault = { here: 0, workers: 0 };
    const checked = await loadCorpusInParallel(dir, { counts: byDefault });
    expect(byDefault.workers > 0).toBe(availableParallelism() > 1);
    expect(byDefault.here + byDefault.workers).toBe(1_501);
    expect(checked.problems).toEqual(one.problems);
    expect(entries(checked)).toEqual(entries(one));
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a small folder on this thread alone, the workers started early stopped unused', async () => {
    const counts = { here: 0, workers: 0 };
    const corpus = await loadCorpusInParallel('content', { counts });
    expect(counts).toEqual({ here: corpus.entries.length, workers: 0 });
    expect(entries(corpus)).toEqual(entries(loadCorpus('content')));
  });

  it('fills the cache with what the workers read, and reads nothing again from it', async () => {
    const cache = memoryCache();
    const first = await loadCorpusInParallel('content', { cache, workers: 1 });
    expect(cache.stored.size).toBe(first.entries.length);
    const again = await loadCorpusInParallel('content', { cache: { get: (k) => cache.get(k), set: () => expect.unreachable('read again') }, workers: 1 });
    expect(entries(again)).toEqual(entries(first));
  });

  it('reads again only the files changed since the cache was filled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-parallel-'));
    generateCorpus(dir, { entries: 1_200, seed: 5 });
    const cache = memoryCache();
    await loadCorpusInParallel(dir, { cache, workers: 1 });
    expect(cache.stored.size).toBe(1_201);
    writeFileSync(join(dir, 'story.md'), '---\ntitle: Changed\nsummary: One file edited.\n---\n\nNew text.\n');
    const counts = { here: 0, workers: 0 };
    const again = await loadCorpusInParallel(dir, { cache, workers: 1, counts });
    expect(counts.here + counts.workers).toBe(1);
    expect(again.story?.name).toBe('Changed');
    expect(entries(again)).toEqual(entries(loadCorpus(dir)));
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports a file that is gone by the time its batch is read, and reads the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-parallel-'));
    generateCorpus(dir, { entries: 1_200, seed: 7 });
    const listed = listContent(dir, new ProblemList());
    // The first batch (the first 200 files in the folder's order) all gone, and one file further on.
    const gone = [...listed.slice(0, 200), listed[700]!];
    for (const workers of [0, 1]) {
      const work = mkdtempSync(join(tmpdir(), 'dossier-parallel-'));
      cpSync(dir, work, { recursive: true });
      const files = listContent(work, new ProblemList());
      for (const file of gone) rmSync(join(work, file.file));
      const counts = { here: 0, workers: 0 };
      const reads = await readInParallel(files, { workers, counts });
      expect(counts.here + counts.workers).toBe(listed.length - gone.length);
      const unreadable = reads.flatMap((read) => read.problems).filter((p) => p.code === 'unreadable');
      expect(unreadable.map((p) => p.file)).toEqual(gone.map((file) => file.file));
      expect(unreadable[0]).toMatchObject({ severity: 'error', line: 1, column: 1, message: 'the file cannot be read (ENOENT)' });
      expect(reads.filter((read) => read.entry).length).toBe(listed.length - gone.length);
      rmSync(work, { recursive: true, force: true });
    }
    rmSync(dir, { recursive: true, force: true });
  });
});
