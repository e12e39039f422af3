/**
 * The search index, made with Pagefind's Node API while Astro renders: each
 * page Astro renders is handed to Pagefind (`addHTMLFile`) as soon as it is
 * rendered, so that Pagefind, a process of its own, reads the pages on the
 * other core while Astro goes on; at the end of the build it writes its bundle
 * into `pagefind/` of the site, which is swapped into place with the pages.
 *
 * What is indexed, and how, is decided by the page templates with Pagefind's
 * own attributes: `data-pagefind-body` on each entry's article,
 * `data-pagefind-ignore` on lists of other entries, `data-pagefind-weight`,
 * `-meta`, `-filter`, and `-sort` for the date order (see docs/search.md).
 *
 * Pagefind's indexer is a native binary that the npm package brings as a
 * platform package (`@pagefind/linux-x64`, ...): nothing is downloaded.
 */
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { join } from 'node:path';

/** The folder of the bundle inside the site; the search scripts load it from `${base}pagefind/`. */
export const BUNDLE_FOLDER = 'pagefind';

/** Only pages with an indexed part are given to Pagefind: the others it would read and leave out. */
const INDEXED = 'data-pagefind-body';

export interface SearchIndexer {
  /**
   * A page's place in the index, taken when Astro starts rendering it; the
   * returned function hands the rendered page over (its URL below the site's
   * base, `/actors/cnn/`, and its HTML, or undefined for a page that is no
   * HTML). Astro renders two pages at a time: pages go to Pagefind in the
   * order they were started, so the same site gives the same index.
   */
  reserve(): (url: string, html: string | undefined) => void;
  /** Waits for every page given, writes the bundle into `site`, and returns how many pages were indexed. */
  write(site: string): Promise<number>;
}

/** A search index fed page by page. Pagefind starts with the first page. */
export function searchIndexer(): SearchIndexer {
  let index: Promise<PagefindIndex> | undefined;
  const added: Promise<void>[] = [];
  const waiting = new Map<number, { url: string; html: string | undefined }>();
  let reserved = 0;
  let next = 0;
  const start = async () => {
    const created = await createIndex({});
    if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
    return created.index;
  };
  const add = (url: string, html: string | undefined) => {
    if (html === undefined || !html.includes(INDEXED)) return;
    index ??= start();
    const adding = index.then(async (i) => {
      const { errors } = await i.addHTMLFile({ url, content: html });
      if (errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${[...new Set(errors)].join('; ')}`);
    });
    // Reported by write(); not an unhandled rejection meanwhile.
    adding.catch(() => {});
    added.push(adding);
  };
  return {
    reserve() {
      const turn = reserved++;
      return (url, html) => {
        waiting.set(turn, { url, html });
        for (let page = waiting.get(next); page; page = waiting.get(next)) {
          waiting.delete(next++);
          add(page.url, page.html);
        }
      };
    },
    async write(site) {
      try {
        if (waiting.size > 0)
          throw new Error(`${waiting.size} rendered pages were never handed to Pagefind: a page's render did not finish.`);
        await Promise.all(added);
        if (!index || added.length === 0) throw new Error(`Pagefind was given no page to index (none has ${INDEXED}).`);
        const written = await (await index).writeFiles({ outputPath: join(site, BUNDLE_FOLDER) });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        return added.length;
      } finally {
        await close();
      }
    },
  };
}
