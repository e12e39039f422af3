/**
 * Short page ids in Pagefind's bundle: the page list a first search fetches
 * names pages `<index hash>_<n>`, and each fragment file is renamed to match,
 * with nothing else in the bundle changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor, type CborValue } from '../../src/integrations/cbor.ts';
import { shortenPageIds } from '../../src/integrations/short-page-ids.ts';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const pagefindFile = (content: Uint8Array | string) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(content)]));
const readPagefindFile = (path: string) => gunzipSync(readFileSync(path)).subarray('pagefind_dcd'.length);

/** A bundle as Pagefind 1.6 writes one, with `pages` as its page list: [id, word count, fragment group]. */
function bundle(pages: [string, number, string][], meta: Uint8Array = encodeCbor(['1.6.0', pages, [['a', 'm', 'en_c1']], [['kind', 'en_f1']], []])): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ids-'));
  made.push(dir);
  writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_0123456789', wasm: 'en', page_count: pages.length } } }));
  writeFileSync(join(dir, 'pagefind.en_0123456789.pf_meta'), pagefindFile(meta));
  mkdirSync(join(dir, 'fragment'));
  for (const [id, , group] of pages) writeFileSync(join(dir, 'fragment', `${group || id}.pf_fragment`), pagefindFile(`{"url":"/${id}/"}`));
  return dir;
}

/** Every file of a bundle, by path, with its bytes. */
function files(dir: string): Record<string, string> {
  const paths = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return Object.fromEntries(paths.map((p) => [p.slice(dir.length + 1), readFileSync(p).toString('base64')]));
}

describe('short page ids in the search bundle', () => {
  it('renames every page <index hash>_<number in base 36> in the page list and its fragment file', () => {
    const pages: [string, number, string][] = Array.from({ length: 40 }, (_, n) => [`en_${(n * 7919).toString(16).padStart(7, 'a')}`, 100 + n, '']);
    const dir = bundle(pages);
    const fragmentOf = (id: string) => readFileSync(join(dir, 'fragment', `${id}.pf_fragment`), 'utf8');
    const before = pages.map(([id]) => fragmentOf(id));

    expect(shortenPageIds(dir)).toEqual({ renamed: 40 });

    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: { en: { hash: string; wasm: string; page_count: number } } };
    const content = readPagefindFile(join(dir, `pagefind.${entry.languages.en.hash}.pf_meta`));
    // The index keeps a content-derived name of Pagefind's form, and the rest of its entry.
    expect(entry.languages.en).toEqual({ hash: `en_${createHash('sha256').update(Buffer.concat([Buffer.from('pagefind_dcd'), content])).digest('hex').slice(0, 10)}`, wasm: 'en', page_count: 40 });
    expect(readdirSync(dir).filter((f) => f.endsWith('.pf_meta'))).toEqual([`pagefind.${entry.languages.en.hash}.pf_meta`]);
    const meta = decodeCbor(content) as CborValue[];
    const ids = (meta[1] as [string, number, string][]).map(([id]) => id);
    expect(ids.slice(0, 3)).toEqual(['en_0123456789_0', 'en_0123456789_1', 'en_0123456789_2']);
    expect(ids.at(-1)).toBe('en_0123456789_13');
    // Word counts, index chunks and filters are untouched: they refer to pages by position.
    expect(meta).toEqual(['1.6.0', pages.map(([, count], n) => [ids[n], count, '']), [['a', 'm', 'en_c1']], [['kind', 'en_f1']], []]);
    expect(ids.map(fragmentOf)).toEqual(before);
    expect(readdirSync(join(dir, 'fragment')).toSorted()).toEqual(ids.map((id) => `${id}.pf_fragment`).toSorted());
  });

  it('gives identical pages, which share a fragment, one id, and leaves pages in a fragment group as they are', () => {
    const dir = bundle([['en_aaaaaaa', 10, ''], ['en_bbbbbbb', 20, 'en_group1'], ['en_aaaaaaa', 10, ''], ['en_ccccccc', 30, '']]);
    expect(shortenPageIds(dir)).toEqual({ renamed: 2 });
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: { en: { hash: string } } };
    const meta = decodeCbor(readPagefindFile(join(dir, `pagefind.${entry.languages.en.hash}.pf_meta`))) as CborValue[];
    expect(meta[1]).toEqual([['en_0123456789_0', 10, ''], ['en_bbbbbbb', 20, 'en_group1'], ['en_0123456789_0', 10, ''], ['en_0123456789_3', 30, '']]);
    expect(readdirSync(join(dir, 'fragment')).toSorted()).toEqual(['en_0123456789_0.pf_fragment', 'en_0123456789_3.pf_fragment', 'en_group1.pf_fragment']);
  });

  it('changes nothing, and says why, when the bundle is not in the format it knows', () => {
    const cases: [string, Uint8Array, string][] = [
      ['a map where Pagefind writes an array', Uint8Array.of(0xa1, 0x01, 0x02), 'is not in the format this step knows: unsupported CBOR type 5 at byte 0'],
      ['no page list', encodeCbor(['1.6.0', 'pages']), 'has no page list of [id, word count, ...] where expected'],
      ['a page without a word count', encodeCbor(['1.6.0', [['en_aaaaaaa', 'ten', '']]]), 'has no page list'],
      ['a page whose fragment is missing', encodeCbor(['1.6.0', [['en_ddddddd', 10, '']]]), 'the fragment of page en_ddddddd is not at fragment/en_ddddddd.pf_fragment'],
    ];
    for (const [label, meta, reason] of cases) {
      const dir = bundle([['en_aaaaaaa', 10, '']], meta);
      const before = files(dir);
      const result = shortenPageIds(dir);
      expect('skipped' in result && result.skipped, label).toContain(reason);
      expect(files(dir), label).toEqual(before);
    }
  });
});
