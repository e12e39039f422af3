/**
 * The search index: at the end of every build, Pagefind's Node API indexes
 * the HTML Astro wrote and writes its bundle into `pagefind/` of the same
 * folder, so the index is swapped into place with the pages it describes.
 *
 * What is indexed, and how, is decided by the page templates with Pagefind's
 * own attributes: `data-pagefind-body` on each entry's article,
 * `data-pagefind-ignore` on lists of other entries, `data-pagefind-weight`,
 * `-meta`, `-filter`, and `-sort` for the date order (see docs/search.md).
 *
 * Pagefind's indexer is a native binary that the npm package brings as a
 * platform package (`@pagefind/linux-x64`, ...): nothing is downloaded.
 */
import { createIndex, close } from 'pagefind';
import { join } from 'node:path';

/** The folder of the bundle inside the site; the search scripts load it from `${base}pagefind/`. */
export const BUNDLE_FOLDER = 'pagefind';

/** Indexes the HTML files of a built site and writes the bundle into it; returns the number of pages indexed. */
export async function indexSite(site: string): Promise<number> {
  try {
    const created = await createIndex({});
    const index = created.index;
    if (!index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${[...new Set(added.errors)].join('; ')}`);
    if (added.page_count === 0) throw new Error(`Pagefind found no page to index in ${site}.`);
    const written = await index.writeFiles({ outputPath: join(site, BUNDLE_FOLDER) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await close();
  }
}
