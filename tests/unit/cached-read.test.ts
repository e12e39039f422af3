/**
 * The checker's cache must change nothing but the time taken: a story read
 * from the cache gives the same problems, entries and pages as one read
 * afresh, and a changed file is read again.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus, type Corpus } from '../../src/lib/corpus.ts';
import type { ReadCache, StoredRead } from '../../src/lib/cached-read.ts';
import { buildSiteModel } from '../../src/lib/site-model.ts';
import { fileCases, generatedCases, writeCase } from '../bad-input/corpus.ts';

/** A cache in memory that stores what a disk cache would: JSON. */
function jsonCache(): ReadCache & { hits: number } {
  const reads = new Map<string, string>();
  return {
    hits: 0,
    get(key) {
      const read = reads.get(key);
      if (read) this.hits++;
      return read ? (JSON.parse(read) as StoredRead) : undefined;
    },
    set(key, read) {
      reads.set(key, JSON.stringify(read));
    },
  };
}

const entries = (corpus: Corpus) =>
  corpus.entries.map(({ positionOf: _p, body, ...rest }) => ({ ...rest, links: body.links, citations: body.citations, notes: body.notes }));

function expectSameReading(dir: string) {
  const fresh = loadCorpus(dir);
  const cache = jsonCache();
  loadCorpus(dir, { cache });
  const cached = loadCorpus(dir, { cache });
  expect(cache.hits).toBeGreaterThan(0);
  expect(cached.problems).toEqual(fresh.problems);
  expect(entries(cached)).toEqual(entries(fresh));
  return { fresh, cached, cache };
}

describe('the check cache', () => {
  it('gives the same problems and entries as reading afresh, for every bad input', () => {
    const work = mkdtempSync(join(tmpdir(), 'dossier-cache-'));
    for (const c of [...fileCases(), ...generatedCases.filter((g) => !g.name.includes('2-mb'))]) {
      expectSameReading(writeCase(c, join(work, c.name)));
    }
    rmSync(work, { recursive: true, force: true });
  });

  it('gives the same pages as reading afresh: the Markdown is parsed again when rendering', () => {
    for (const story of ['tests/fixtures/small-story', 'content']) {
      const { fresh, cached } = expectSameReading(story);
      expect(buildSiteModel(cached, { base: '/x/' })).toEqual(buildSiteModel(fresh, { base: '/x/' }));
    }
  });

  it('reads a changed file again', () => {
    const work = mkdtempSync(join(tmpdir(), 'dossier-cache-'));
    cpSync('tests/fixtures/small-story', work, { recursive: true });
    const cache = jsonCache();
    loadCorpus(work, { cache });
    writeFileSync(join(work, 'actors/mayor.md'), '---\nname: Ana Ruiz\nkind: persn\nsummary: The mayor.\n---\n');
    const changed = loadCorpus(work, { cache });
    expect(changed.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`)).toContain('actors/mayor.md:3:7 not-allowed');
    rmSync(work, { recursive: true, force: true });
  });
});
