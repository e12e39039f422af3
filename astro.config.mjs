// @ts-check
import { defineConfig } from 'astro/config';
import { dossier, readOptions } from './src/integration/index.ts';

// Dossier's options come from the environment (see README "Options"):
// DOSSIER_CONTENT, DOSSIER_SITE, DOSSIER_BASE, DOSSIER_OUT.
const options = readOptions();

export default defineConfig({
  site: options.site,
  base: options.base,
  outDir: options.outDir,
  integrations: [dossier(options)],
});
