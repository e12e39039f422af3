/**
 * Dossier as an Astro integration, registered in `astro.config.mjs` as
 * `dossier()` (as Starlight is): it sets the build options Dossier's pages
 * need, hands the pages its options (`virtual:dossier/options`), and at the
 * end of `astro build` indexes the site for search and swaps it into place.
 *
 * The content itself reaches the pages through the content layer: the
 * `dossier` collection of `src/content.config.ts`, filled by `loader.ts`.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readOptions, displayPath, type Options } from './options.ts';
import { outDirProblem } from './out-dir.ts';
import { stagingFolder, swapIntoPlace } from './output-folder.ts';
import { indexSite } from './pagefind.ts';
import { virtualOptions } from './virtual-options.ts';

export { readOptions };

export function dossier(options: Options = readOptions()): AstroIntegration {
  let staging: string | undefined;
  return {
    name: 'dossier',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          // Every page is `<path>/index.html` and every link ends in `/`: plain
          // static servers (nginx, S3, GitHub Pages) serve that with no rewrites.
          trailingSlash: 'always',
          build: { format: 'directory', inlineStylesheets: 'never' },
          devToolbar: { enabled: false },
          prefetch: false,
          // Scripts are always external files, never inlined however small: a
          // strict Content-Security-Policy (script-src 'self') must hold on every page.
          vite: { build: { assetsInlineLimit: 0 }, plugins: [virtualOptions(options)] },
        });
        if (command === 'build') {
          const refused = outDirProblem(options.outDir, options.projectRoot, options.contentDir);
          if (refused) throw new AstroError(refused, 'Set DOSSIER_OUT to an empty folder, or one Dossier built.');
          staging = stagingFolder(options.outDir);
          updateConfig({ outDir: pathToFileURL(staging + sep) });
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = await indexSite(site);
        logger.info(`Indexed ${pages} pages for search.`);
        if (staging) {
          await swapIntoPlace(staging, options.outDir);
          logger.info(`The site is in ${displayPath(options.outDir)}/.`);
        }
      },
    },
  };
}
