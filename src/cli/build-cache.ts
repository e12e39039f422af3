/**
 * What `npm run build` keeps for the next build of the same story: what
 * reading each file found (as `npm run check` keeps it) and each entry's
 * rendered body with the answers it depended on (`render-memo.ts`). A rebuild
 * after an edit parses only the files that changed and renders only the
 * bodies the edit reaches. Both live in the story's Astro cache folder
 * (`astroCacheDir`), one per content folder and address, and go with it.
 */
import { join } from 'node:path';
import type { StoredRead } from '../lib/cached-read.ts';
import type { Remembered } from '../lib/render-memo.ts';
import { codeVersion, openDiskCache, type DiskCache } from './disk-cache.ts';
import { astroCacheDir, type Options } from './options.ts';

export interface BuildCache {
  reads: DiskCache<StoredRead>;
  renders: DiskCache<Remembered>;
  /** Writes both, keeping only what this build used. */
  save(): void;
}

export function openBuildCache(options: Options): BuildCache {
  const folder = astroCacheDir(options);
  const version = codeVersion(options.projectRoot);
  // Readings are many small objects, read faster from JSON; rendered bodies are long strings of HTML, written and read faster by V8.
  const reads = openDiskCache<StoredRead>(join(folder, 'dossier-build'), 'reads', version, 'json');
  const renders = openDiskCache<Remembered>(join(folder, 'dossier-build'), 'renders', version, 'v8');
  return {
    reads,
    renders,
    save() {
      reads.save();
      renders.save();
    },
  };
}
