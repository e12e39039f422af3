/**
 * The Vite plugin behind `virtual:dossier/options`: the options the pages
 * need (where the site is served), handed from the integration to the page
 * bundle as a module, as Starlight hands its config to its pages.
 */
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import type { Options } from './options.ts';

export const OPTIONS_MODULE = 'virtual:dossier/options';
const RESOLVED = `\0${OPTIONS_MODULE}`;

/** What the pages may read of the options. */
export interface PageOptions {
  /** The sub-path the site is served under, with a slash at each end. */
  base: string;
  /** The site's absolute URL, when `DOSSIER_SITE` is set. */
  site: string | undefined;
  /** The content folder, absolute: the share cards read lead pictures from it. */
  contentDir: string;
  /** The share cards' worker thread (`share-card-worker.ts`), as a file Node runs. */
  cardWorker: string;
  /** Where drawn cards are kept between builds, in Astro's `cacheDir`. */
  cardCache: string;
  /** The origins whose pages may frame the embed views (`DOSSIER_EMBED_ORIGINS`); empty for every origin. */
  embedOrigins: string[];
}

export function virtualOptions(options: Options, cardCache: string): Plugin {
  const pageOptions: PageOptions = {
    base: options.base,
    site: options.site,
    contentDir: options.contentDir,
    cardWorker: fileURLToPath(new URL('../outputs/share-card-worker.ts', import.meta.url)),
    cardCache,
    embedOrigins: options.embedOrigins,
  };
  return {
    name: 'dossier:options',
    resolveId(id) {
      return id === OPTIONS_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      return id === RESOLVED ? `export default ${JSON.stringify(pageOptions)};` : undefined;
    },
  };
}
