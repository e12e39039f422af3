/**
 * A rebuild takes the entry pages that did not change from the previous
 * output instead of having Astro render them again (issue 8).
 *
 * Each entry page has a key: a digest of everything it is made from, its own
 * model, the story's, the number of preview shards (`page-cache-key.ts`), and
 * the site's code (`src/`, the configuration, the lock file, Node's version)
 * and address (`DOSSIER_BASE`, `DOSSIER_SITE`). After a successful build, the
 * key of every entry page is kept with the identity of the file written for it
 * (inode, size, modification time), in the story's cache folder. The next
 * build renders only the pages whose key changed, or whose file in the output
 * folder is no longer the one written (deleted, edited, or the folder since
 * filled by another build), and hard-links the others from the previous output
 * into the new one: no page is copied, and a page Astro did not render is one
 * it would have written byte for byte the same.
 */
import { copyFileSync, linkSync, lstatSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PageReuse } from '../site/reused-pages.ts';
import { projectDigest, writeFileAtomically } from './disk-cache.ts';
import { astroCacheDir, type Options } from './options.ts';

interface Written {
  key: string;
  ino: number;
  size: number;
  mtimeMs: number;
}

interface Manifest {
  /** The output folder the pages were written to. */
  out: string;
  pages: Record<string, Written>;
}

export interface BuildPageReuse extends PageReuse {
  /** Entry pages asked about, and of those, the pages taken from the previous output. */
  counts(): { pages: number; reused: number };
  /** Once the new output is in place: keeps every page's key and file for the next build. */
  save(): Promise<void>;
}

/** Pages noted per turn of the event loop, so that the search indexer's messages are not kept waiting. */
const CHUNK = 100;

/** Everything of the project an entry page's HTML can depend on besides its data. */
export function siteCodeVersion(options: Options): string {
  const files = ['src', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
  return projectDigest(options.projectRoot, files, `${options.base}\u0000${options.site ?? ''}`);
}

export function openPageReuse(options: Options): BuildPageReuse {
  const file = join(astroCacheDir(options), 'dossier-build', 'pages.json');
  const version = siteCodeVersion(options);
  const out = options.outDir;
  let previous: Manifest | undefined;
  try {
    previous = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    if (previous.out !== out) previous = undefined;
  } catch {
    // No previous build of this story: every page is rendered.
  }
  // Every page's key, or how to compute it: a page rendered anyway has its
  // key computed later, while the search index is made (1.5 s at 10,000).
  const keys = new Map<string, string | (() => string)>();
  const reused: string[] = [];
  let noted: Promise<Record<string, Written>> | undefined;
  return {
    reusable(page, key) {
      const before = previous?.pages[page];
      const now = before && identity(join(out, page));
      if (!before || !now || now.ino !== before.ino || now.size !== before.size || now.mtimeMs !== before.mtimeMs) {
        keys.set(page, () => `${version}.${key()}`);
        return false;
      }
      const full = `${version}.${key()}`;
      keys.set(page, full);
      if (full !== before.key) return false;
      reused.push(page);
      return true;
    },
    placeInto(site) {
      for (const page of reused) {
        const to = join(site, page);
        mkdirSync(dirname(to), { recursive: true });
        try {
          linkSync(join(out, page), to);
        } catch (error) {
          // Rendered after all: keep Astro's. A file system without hard links: copy.
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') copyFileSync(join(out, page), to);
        }
      }
      noted = note(site, keys);
    },
    counts: () => ({ pages: keys.size, reused: reused.length }),
    async save() {
      if (!noted) return;
      const pages = await noted;
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileAtomically(file, JSON.stringify({ out, pages } satisfies Manifest));
      } catch {
        // Not kept: the next build renders every page, nothing worse.
      }
    },
  };
}

/**
 * Each page's key and the identity of its file in `site` (the folder Astro
 * built, renamed to the output folder afterwards: the files stay the same),
 * a few pages at a time, letting other work run in between.
 */
async function note(site: string, keys: Map<string, string | (() => string)>): Promise<Record<string, Written>> {
  const pages: Record<string, Written> = {};
  let done = 0;
  for (const [page, key] of keys) {
    const written = identity(join(site, page));
    if (written) pages[page] = { key: typeof key === 'string' ? key : key(), ...written };
    if (++done % CHUNK === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return pages;
}

/** What tells one file from another written later at the same path; undefined if it is not a plain file. */
function identity(path: string): Omit<Written, 'key'> | undefined {
  try {
    const stat = lstatSync(path);
    return stat.isFile() ? { ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}
