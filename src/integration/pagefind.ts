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
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of the bundle inside the site; the search scripts load it from `${base}pagefind/`. */
export const BUNDLE_FOLDER = 'pagefind';

/** Only pages with an indexed part are given to Pagefind: the others it would read and leave out. */
const INDEXED = 'data-pagefind-body';

export interface SearchIndexer {
  /**
   * The site's paths in the order Astro builds them (URLs below the site's
   * base, `/actors/cnn/`): the order pages go to Pagefind, so the same site
   * gives the same index whichever pages finish first and whichever were
   * rendered rather than copied from the last build.
   */
  plan(urls: readonly string[]): void;
  /** A page Astro rendered: its URL below the base, and its HTML (undefined for a file that is no HTML page). */
  rendered(url: string, html: string | undefined): void;
  /**
   * Waits for every page given, writes the bundle into `site`, and returns how
   * many pages were indexed. The planned pages Astro did not render (its
   * incremental build copied them from the last build) are read from `site`.
   */
  write(site: string): Promise<number>;
}

/** A path as both Astro's paths and its requests name it: `/actors/cnn` for `/actors/cnn/`, `` for `/`. */
const pathOf = (url: string) => url.replace(/\/+$/, '');

/** A search index fed page by page. Pagefind starts with the first page. */
export function searchIndexer(): SearchIndexer {
  let index: Promise<PagefindIndex> | undefined;
  const added: Promise<void>[] = [];
  let order: readonly string[] = [];
  let place = new Map<string, number>();
  const waiting = new Map<number, { url: string; html: string | undefined }>();
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
  const flush = () => {
    for (let page = waiting.get(next); page; page = waiting.get(next)) {
      waiting.delete(next++);
      add(page.url, page.html);
    }
  };
  return {
    plan(urls) {
      order = urls.map(pathOf);
      place = new Map(order.map((path, i) => [path, i]));
    },
    rendered(url, html) {
      const at = place.get(pathOf(url));
      if (at === undefined) throw new Error(`Astro rendered ${url}, which is not among the site's paths.`);
      waiting.set(at, { url, html });
      flush();
    },
    async write(site) {
      try {
        // The pages copied from the last build, in their places.
        for (; next < order.length; next++) {
          const page = waiting.get(next);
          if (page) add(page.url, page.html);
          else {
            const file = join(site, order[next]!, 'index.html');
            if (existsSync(file)) add(`${order[next]}/`, readFileSync(file, 'utf8'));
          }
        }
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
