/**
 * The build's output, replaced whole or not at all. `astro build` writes into
 * a staging folder beside `DOSSIER_OUT` (`.dist.staging` for `dist`); only
 * once every page and the search index are written is it swapped into place.
 * A build that fails, on content errors or inside Astro, leaves the previous
 * output as it was.
 */
import { existsSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Where a build of `outDir` is written before it is swapped in. */
export function stagingFolder(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.staging`);
}

/** Puts the staged build in place of `outDir`, then deletes the previous output. */
export async function swapIntoPlace(staging: string, outDir: string): Promise<void> {
  const previous = join(dirname(outDir), `.${basename(outDir)}.previous`);
  await rm(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  await rm(previous, { recursive: true, force: true });
}
