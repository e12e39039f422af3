/**
 * The options every command reads from the environment (see README "Options").
 */
import { createHash } from 'node:crypto';
import { isAbsolute, join, relative, resolve } from 'node:path';

export interface Options {
  /** The project root: where package.json and astro.config.mjs are. */
  projectRoot: string;
  /** `DOSSIER_CONTENT`: the content folder, default `content`. */
  contentDir: string;
  /** `DOSSIER_OUT`: where the site is written, default `dist`. */
  outDir: string;
  /** `DOSSIER_SITE`: the site's absolute URL, for canonical links, `og:url` and the sitemap. */
  site: string | undefined;
  /** `DOSSIER_BASE`: the sub-path the site is served under (astro.config.mjs reads it too), default `/`. */
  base: string;
}

export function readOptions(env: NodeJS.ProcessEnv = process.env, projectRoot = process.cwd()): Options {
  return {
    projectRoot,
    contentDir: resolve(projectRoot, env.DOSSIER_CONTENT || 'content'),
    outDir: resolve(projectRoot, env.DOSSIER_OUT || 'dist'),
    site: env.DOSSIER_SITE || undefined,
    base: env.DOSSIER_BASE || '/',
  };
}

/** A path as messages show it: relative to where the command runs, or absolute if it is elsewhere. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/**
 * Astro's cache for a content folder and the address it is built for (base
 * path and site): builds of different stories don't share a content data
 * store, nor what Dossier keeps there for the next build of the same story and
 * address (`build-cache.ts`, `page-reuse.ts`).
 */
export function astroCacheDir(options: Options): string {
  const key = createHash('sha256').update(`${options.contentDir}\u0000${options.base}\u0000${options.site ?? ''}`).digest('hex').slice(0, 12);
  return join(options.projectRoot, 'node_modules/.astro', `dossier-${key}`);
}
