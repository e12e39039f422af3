/**
 * Dossier's options, read from the environment here and nowhere else (see
 * README "Options"), and validated once with Zod: the integration, the
 * content loader and the commands all ask `readOptions()`.
 *
 * | variable          | default   | meaning                                           |
 * |-------------------|-----------|---------------------------------------------------|
 * | `DOSSIER_CONTENT` | `content` | the story's content folder                        |
 * | `DOSSIER_SITE`    | none      | the site's absolute URL (canonical links, sitemap)|
 * | `DOSSIER_BASE`    | `/`       | the sub-path the site is served under             |
 * | `DOSSIER_OUT`     | `dist`    | where the site is written                         |
 */
import { isAbsolute, relative, resolve } from 'node:path';
import * as z from 'zod';
import { normalizeBase } from '../model/urls.ts';

export interface Options {
  /** The project root: where package.json and astro.config.mjs are. */
  projectRoot: string;
  /** `DOSSIER_CONTENT`: the content folder, absolute. */
  contentDir: string;
  /** `DOSSIER_OUT`: where the site is written, absolute. */
  outDir: string;
  /** `DOSSIER_SITE`: the site's absolute URL, for canonical links, `og:url` and the sitemap. */
  site: string | undefined;
  /** `DOSSIER_BASE`: the sub-path the site is served under, with a slash at each end. */
  base: string;
}

/** An option that can't be used: what is wrong, and how to write it. */
export class OptionsError extends Error {
  readonly hint: string;
  constructor(message: string, hint: string) {
    super(message);
    this.name = 'OptionsError';
    this.hint = hint;
  }
}

const env = z.object({
  DOSSIER_CONTENT: z.string().optional(),
  DOSSIER_OUT: z.string().optional(),
  DOSSIER_SITE: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL, such as https://example.org' }).optional(),
  DOSSIER_BASE: z.string().optional(),
});

/** Reads and validates the options; throws an `OptionsError` for one that can't be used. */
export function readOptions(environment: NodeJS.ProcessEnv = process.env, projectRoot = process.cwd()): Options {
  const set = Object.fromEntries(Object.entries(environment).filter(([key, value]) => key.startsWith('DOSSIER_') && value !== ''));
  const parsed = env.safeParse(set);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    throw new OptionsError(`${name} ${issue.message}`, `set ${name} to a valid value, or leave it unset`);
  }
  const options = parsed.data;
  return {
    projectRoot,
    contentDir: resolve(projectRoot, options.DOSSIER_CONTENT ?? 'content'),
    outDir: resolve(projectRoot, options.DOSSIER_OUT ?? 'dist'),
    site: options.DOSSIER_SITE,
    base: normalizeBase(options.DOSSIER_BASE),
  };
}

/** A path as messages show it: relative to where the command runs, or absolute if it is elsewhere. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
