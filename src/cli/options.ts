/**
 * The options every command reads from the environment (see README "Options").
 */
import { resolve } from 'node:path';

export interface Options {
  /** The project root: where package.json and astro.config.mjs are. */
  projectRoot: string;
  /** `DOSSIER_CONTENT`: the content folder, default `content`. */
  contentDir: string;
  /** `DOSSIER_OUT`: where the site is written, default `dist`. */
  outDir: string;
  /** `DOSSIER_SITE`: the site's absolute URL, for canonical links, `og:url` and the sitemap. */
  site: string | undefined;
}

export function readOptions(env: NodeJS.ProcessEnv = process.env, projectRoot = process.cwd()): Options {
  return {
    projectRoot,
    contentDir: resolve(projectRoot, env.DOSSIER_CONTENT || 'content'),
    outDir: resolve(projectRoot, env.DOSSIER_OUT || 'dist'),
    site: env.DOSSIER_SITE || undefined,
  };
}
