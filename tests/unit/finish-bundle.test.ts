/**
 * The last touches to Pagefind's bundle, run on worker threads: the date
 * order read from the fragments' metadata, and the files every first search
 * fetches recompressed to the same content.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { finishBundle } from '../../src/integrations/finish-bundle.ts';
import { SEARCH_DATES_FILE } from '../../src/lib/search-keys.ts';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A bundle as Pagefind writes one: gzip files whose content starts with its signature. */
function bundle(fragments: Record<string, { url: string; meta: Record<string, string> }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bundle-'));
  made.push(dir);
  const pagefindFile = (text: string) => gzipSync(`pagefind_dcd${text}`, { level: 1 });
  writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_1', wasm: 'en', page_count: 2 } } }));
  writeFileSync(join(dir, 'pagefind.en_1.pf_meta'), pagefindFile('page list '.repeat(500)));
  writeFileSync(join(dir, 'wasm.en.pagefind'), pagefindFile('wasm '.repeat(500)));
  writeFileSync(join(dir, 'wasm.unknown.pagefind'), pagefindFile('other wasm '.repeat(500)));
  mkdirSync(join(dir, 'fragment'));
  for (const [id, data] of Object.entries(fragments)) writeFileSync(join(dir, 'fragment', `${id}.pf_fragment`), pagefindFile(JSON.stringify(data)));
  return dir;
}

describe('finishing the search bundle', () => {
  it('writes the date order from the fragments and recompresses what a first search fetches to the same content', async () => {
    const dir = bundle({
      en_b: { url: '/events/b/', meta: { title: 'B', sort_date: '2023-04-10' } },
      en_a: { url: '/actors/a/', meta: { title: 'A', sort_date: '0000' } },
      en_c: { url: '/events/c/', meta: { title: 'C', sort_date: '2023-04' } },
      en_d: { url: '/events/d/', meta: { title: 'D', sort_date: '2023-04' } },
    });
    const before = (file: string) => readFileSync(join(dir, file));
    const [meta, wasm, other] = ['pagefind.en_1.pf_meta', 'wasm.en.pagefind', 'wasm.unknown.pagefind'].map(before);
    await finishBundle(dir);
    expect(JSON.parse(readFileSync(join(dir, SEARCH_DATES_FILE), 'utf8'))).toEqual([['0000', ['en_a']], ['2023-04', ['en_c', 'en_d']], ['2023-04-10', ['en_b']]]);
    for (const [file, was] of [['pagefind.en_1.pf_meta', meta!], ['wasm.en.pagefind', wasm!]] as const) {
      const now = before(file);
      expect(gunzipSync(now)).toEqual(gunzipSync(was));
      expect(now.length, file).toBeLessThan(was.length);
    }
    // No page is in another language: its WebAssembly is never fetched, and left as it was.
    expect(before('wasm.unknown.pagefind')).toEqual(other);
  });

  it('fails, saying which page, when an indexed page has no date to sort by', async () => {
    const dir = bundle({ en_a: { url: '/actors/a/', meta: { title: 'A', sort_date: '0000' } }, en_b: { url: '/events/b/', meta: { title: 'B' } } });
    await expect(finishBundle(dir)).rejects.toThrow('The indexed page /events/b/ has no sort_date in its data-pagefind-meta');
  });
});
