/**
 * Shorter page ids in Pagefind's bundle, for a smaller first search (issue 3).
 *
 * Pagefind names each indexed page by a hash of its data (`en_828c52b`), the
 * name of its fragment file, and lists every page by that name in the
 * `.pf_meta` file fetched before any search. Random hex compresses poorly:
 * on a story of 10,000 entries, the names are 21 KB of that file's 59 KB.
 * This step renames the pages `<index hash>_<n>`: the hash Pagefind gave the
 * whole index (it changes whenever any page does), then the page's number in
 * base 36. Such names compress to a few bits each, and a fragment's address
 * still changes with its content, so fragments stay safe to cache forever.
 * The price: every build renames every fragment, so a deploy that uploads
 * changed files only uploads all fragments.
 *
 * Nothing in Pagefind's script reads a page id except to fetch its fragment
 * (`fragment/<id>.pf_fragment`): filters, sorts and index chunks refer to
 * pages by position. Pages whose data Pagefind put in a shared fragment file
 * (a fragment group) keep their names. When the bundle is not what this step
 * knows (another Pagefind format), nothing is changed and the reason is
 * returned, so the index still works as Pagefind wrote it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CborError, decodeCbor, encodeCbor, type CborValue } from './cbor.ts';
import { SIGNATURE } from './finish-bundle.ts';

interface Entry {
  languages: Record<string, { hash: string }>;
}

interface Renaming {
  language: string;
  metaFile: string;
  meta: CborValue[];
  /** Old page id to new, one per fragment file. */
  ids: Map<string, string>;
}

/** Renames the pages of every language's index; returns why not when the bundle is not as expected. */
export function shortenPageIds(bundle: string): { renamed: number } | { skipped: string } {
  const entryFile = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Entry;
  const plans: Renaming[] = [];
  for (const [language, { hash }] of Object.entries(entry.languages)) {
    const plan = planRenaming(bundle, language, hash);
    if (typeof plan === 'string') return { skipped: plan };
    plans.push(plan);
  }
  let renamed = 0;
  for (const { language, metaFile, meta, ids } of plans) {
    const content = Buffer.concat([Buffer.from(SIGNATURE), encodeCbor(meta)]);
    const hash = `${language}_${createHash('sha256').update(content).digest('hex').slice(0, 10)}`;
    rmSync(join(bundle, metaFile));
    writeFileSync(join(bundle, `pagefind.${hash}.pf_meta`), gzipSync(content, { level: 1 }));
    entry.languages[language]!.hash = hash;
    for (const [from, to] of ids) renameSync(fragmentFile(bundle, from), fragmentFile(bundle, to));
    renamed += ids.size;
  }
  writeFileSync(entryFile, JSON.stringify(entry));
  return { renamed };
}

function fragmentFile(bundle: string, id: string): string {
  return join(bundle, 'fragment', `${id}.pf_fragment`);
}

/** The renamed page list of one language's index, or why it can't be renamed. */
function planRenaming(bundle: string, language: string, indexHash: string): Renaming | string {
  const metaFile = `pagefind.${indexHash}.pf_meta`;
  if (!existsSync(join(bundle, metaFile))) return `${metaFile} named in pagefind-entry.json is missing`;
  const data = gunzipSync(readFileSync(join(bundle, metaFile)));
  if (data.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) return `${metaFile} does not start with Pagefind's signature`;
  let meta: CborValue;
  try {
    meta = decodeCbor(data.subarray(SIGNATURE.length));
  } catch (error) {
    if (error instanceof CborError) return `${metaFile} is not in the format this step knows: ${error.message}`;
    throw error;
  }
  const pages = Array.isArray(meta) ? meta[1] : undefined;
  if (!Array.isArray(meta) || !Array.isArray(pages) || !pages.every(isPage)) return `${metaFile} has no page list of [id, word count, ...] where expected`;
  const ids = new Map<string, string>();
  const renamed = pages.map((page, n) => {
    const [id, ...rest] = page;
    // A page in a fragment group is looked up in it by its id: keep it.
    if (inGroup(page)) return page;
    // Identical pages share one id and one fragment file.
    const short = ids.get(id) ?? `${indexHash}_${n.toString(36)}`;
    ids.set(id, short);
    return [short, ...rest];
  });
  const missing = [...ids.keys()].find((id) => !existsSync(fragmentFile(bundle, id)));
  if (missing) return `the fragment of page ${missing} is not at fragment/${missing}.pf_fragment`;
  const copy = [...meta];
  copy[1] = renamed;
  return { language, metaFile, meta: copy, ids };
}

function isPage(page: CborValue): page is [string, number, ...CborValue[]] {
  return Array.isArray(page) && typeof page[0] === 'string' && typeof page[1] === 'number';
}

/** Pagefind 1.6 writes a page's fragment group as its third field, empty when it has a file of its own. */
function inGroup(page: [string, number, ...CborValue[]]): boolean {
  return typeof page[2] === 'string' && page[2] !== '';
}
