/**
 * At the end of `npm run build`'s Astro build, before the search index is
 * made of the folder Astro wrote: the entry pages a rebuild did not render,
 * because the previous output already holds them as they would be rendered
 * now, are put in place (`src/cli/page-reuse.ts`), so that the new output,
 * and the search index of it, is whole. Then, while the index is made, every
 * page's key and file are noted for the next build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { logTiming } from '../cli/timing.ts';
import { sharedPageReuse } from '../site/reused-pages.ts';

export function reusePagesIntegration(): AstroIntegration {
  return {
    name: 'dossier:reuse-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const reuse = sharedPageReuse();
        if (!reuse) return;
        const started = performance.now();
        reuse.placeInto(fileURLToPath(dir));
        logTiming('pages-reused', performance.now() - started);
      },
    },
  };
}
