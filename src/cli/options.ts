/**
 * The options every command reads from the environment (see README "Options").
 */
import { isAbsolute, relative, resolve } from 'node:path';

export interface Options {
  /** The project root: where package.json and astro.config.mjs are. */
  projectRoot: string;
  /** `DOSSIER_CONTENT`: the content folder, default `content`. */
  contentDir: string;
  /** `DOSSIER_OUT`: where the site is written, default `dist`. */
  outDir: string;
}

export function readOptions(env: NodeJS.ProcessEnv = process.env, projectRoot = process.cwd()): Options {
  return {
    projectRoot,
    contentDir: resolve(projectRoot, env.DOSSIER_CONTENT || 'content'),
    outDir: resolve(projectRoot, env.DOSSIER_OUT || 'dist'),
  };
}

/** A path as messages show it: relative to where the command runs, or absolute if it is elsewhere. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
