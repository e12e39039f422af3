/**
 * The last touches to Pagefind's bundle, run on worker threads: the date
 * order read from the fragments' metadata, and the files every first search
 * fetches recompressed to the same content (the WebAssembly once, then kept).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { finishBundle } from '../../src/integrations/finish-bundle.ts';
import { SEARCH_DATES_FILE } from '../../src/lib/search-keys.ts';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A bundle as Pagefind writes one: gzip files whose content starts with its signature. */
function bundle(fragments: Record<string, { url: string; meta: Record<string, string> }>): string {
  const dir = tempDir('dossier-bundle-');
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
    const cache = tempDir('dossier-zopfli-');
    await finishBundle(dir, cache);
    expect(JSON.parse(readFileSync(join(dir, SEARCH_DATES_FILE), 'utf8'))).toEqual([['0000', ['en_a']], ['2023-04', ['en_c', 'en_d']], ['2023-04-10', ['en_b']]]);
    for (const [file, was] of [['pagefind.en_1.pf_meta', meta!], ['wasm.en.pagefind', wasm!]] as const) {
      const now = before(file);
      expect(gunzipSync(now)).toEqual(gunzipSync(was));
      expect(now.length, file).toBeLessThan(was.length);
    }
    // No page is in another language: its WebAssembly is never fetched, and left as it was.
    expect(before('wasm.unknown.pagefind')).toEqual(other);
    // The recompressed WebAssembly is kept for the next build; the page list, which changes with every page, is not.
    expect(readdirSync(cache).map((file) => readFileSync(join(cache, file)))).toEqual([before('wasm.en.pagefind')]);
  });

  it('takes the WebAssembly from the cache only when the kept file inflates to the same content', async () => {
    const cache = tempDir('dossier-zopfli-');
    const pages = { en_a: { url: '/actors/a/', meta: { title: 'A', sort_date: '0000' } } };
    const first = bundle(pages);
    const content = gunzipSync(readFileSync(join(first, 'wasm.en.pagefind')));
    const kept = join(cache, `${createHash('sha256').update(content).digest('hex')}.gz`);
    // Gzip that Zopfli would not write: a file of these bytes came from the cache.
    const quick = gzipSync(content, { level: 1 });
    writeFileSync(kept, quick);
    await finishBundle(first, cache);
    expect(readFileSync(join(first, 'wasm.en.pagefind'))).toEqual(quick);

    writeFileSync(kept, gzipSync('another file'));
    const second = bundle(pages);
    await finishBundle(second, cache);
    const now = readFileSync(join(second, 'wasm.en.pagefind'));
    expect(gunzipSync(now)).toEqual(content);
    expect(now.length).toBeLessThan(quick.length);
    expect(readFileSync(kept), 'the bad file is replaced').toEqual(now);
  });

  it('fails, saying which page, when an indexed page has no date to sort by', async () => {
    const dir = bundle({ en_a: { url: '/actors/a/', meta: { title: 'A', sort_date: '0000' } }, en_b: { url: '/events/b/', meta: { title: 'B' } } });
    const wasm = readFileSync(join(dir, 'wasm.en.pagefind'));
    await expect(finishBundle(dir, tempDir('dossier-zopfli-'))).rejects.toThrow('The indexed page /events/b/ has no sort_date in its data-pagefind-meta');
    // The other task has ended by then, its file written: nothing still writes into a bundle the caller may now remove.
    expect(readFileSync(join(dir, 'wasm.en.pagefind')).length).toBeLessThan(wasm.length);
  });
});
