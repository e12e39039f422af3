// @ts-check
import { defineConfig } from 'astro/config';
import { dossier, readOptionsOrExit } from './src/integration/index.ts';

// Dossier's options come from the environment (see README "Options"):
// DOSSIER_CONTENT, DOSSIER_SITE, DOSSIER_BASE, DOSSIER_OUT. One that can't be
// used is reported with a hint, and the command ends with exit code 2.
const options = readOptionsOrExit();

export default defineConfig({
  site: options.site,
  base: options.base,
  outDir: options.outDir,
  integrations: [dossier(options)],
});
