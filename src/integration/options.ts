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
 * | `DOSSIER_OUT`     | `dist`    | where the site is written (see output-folder.ts)  |
 * | `DOSSIER_EMBED_ORIGINS` | all | the origins whose pages may frame the embeds |
 */
import { homedir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import * as z from 'zod';

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
  /** `DOSSIER_EMBED_ORIGINS`: the origins whose pages may frame the embed views; empty for every origin. */
  embedOrigins: string[];
}

/** One option that can't be used: what is wrong, and how to write it. */
export interface OptionProblem {
  message: string;
  hint: string;
}

/** Options that can't be used, every one of them. */
export class OptionsError extends Error {
  readonly problems: readonly OptionProblem[];
  readonly hint: string;
  constructor(problems: readonly OptionProblem[]) {
    super(problems.map((p) => p.message).join('\n'));
    this.name = 'OptionsError';
    this.problems = problems;
    this.hint = problems.map((p) => p.hint).join('\n');
  }
}

/** The value as a message shows it: quoted, with line ends and other controls escaped. */
const shown = (value: string) => JSON.stringify(value);

/** A segment of a URL path that needs no escaping: letters, digits and `-._~`, not `.` or `..`. */
const SEGMENT = /^[A-Za-z0-9\-._~]+$/;

const BASE_HINT =
  'write it as a path of letters, digits and "-", "_", ".", "~", such as DOSSIER_BASE=/explainers/leak/ (the slashes at each end may be left out)';

/** `DOSSIER_BASE`: `/`, or `/a/b/`, from `a/b`, `/a/b` or `a/b/`; anything else refused. */
const base = z.string().transform((value, ctx) => {
  const path = value.replace(/^\//, '').replace(/\/$/, '');
  if (path === '') return '/';
  const segments = path.split('/');
  const bad = segments.find((segment) => !SEGMENT.test(segment) || segment === '.' || segment === '..');
  if (bad === undefined) return `/${segments.join('/')}/`;
  const why =
    bad === ''
      ? 'has an empty segment ("//"), which a browser reads as another host'
      : bad === '.' || bad === '..'
        ? `has a "${bad}" segment`
        : `has characters a URL path can't hold as they are (${shown(bad)})`;
  ctx.addIssue({ code: 'custom', message: `DOSSIER_BASE ${shown(value)} ${why}`, params: { hint: BASE_HINT } });
  return z.NEVER;
});

const SITE_HINT = 'write the address the site is served from, such as DOSSIER_SITE=https://example.org';

/** `DOSSIER_SITE`: an http(s) origin, nothing after the host but an optional `/`. */
const site = z.string().transform((value, ctx) => {
  const refuse = (why: string, hint = SITE_HINT) => {
    ctx.addIssue({ code: 'custom', message: `DOSSIER_SITE ${shown(value)} ${why}`, params: { hint } });
    return z.NEVER;
  };
  if (!URL.canParse(value)) return refuse('is not an absolute URL');
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return refuse(`is a ${url.protocol} URL: only http and https are served to readers`);
  if (url.username || url.password) return refuse('holds a user name or password');
  if (url.search || url.hash || value.includes('?') || value.includes('#')) return refuse('has a query or fragment');
  if (url.pathname !== '/') {
    return refuse(
      `has a path (${shown(url.pathname)})`,
      `set DOSSIER_SITE=${url.origin} and the path in DOSSIER_BASE=${url.pathname.replace(/\/?$/, '/')}`,
    );
  }
  return url.origin;
});

const EMBED_HINT =
  'list the sites that may frame the embeds, separated by spaces or commas, each as scheme and host, such as DOSSIER_EMBED_ORIGINS="https://news.example https://www.news.example"';

/** `DOSSIER_EMBED_ORIGINS`: http(s) origins, separated by spaces or commas. */
const embedOrigins = z.string().transform((value, ctx) => {
  const origins: string[] = [];
  for (const item of value.split(/[\s,]+/).filter(Boolean)) {
    const url = URL.canParse(item) ? new URL(item) : undefined;
    const why = !url
      ? 'is not an absolute URL'
      : url.protocol !== 'https:' && url.protocol !== 'http:'
        ? `is a ${url.protocol} URL: only http and https pages can frame an embed`
        : url.href !== `${url.origin}/` || item.includes('?') || item.includes('#')
          ? `has more than a scheme and host (${shown(url.pathname + url.search + url.hash)}): framing is allowed by origin`
          : undefined;
    if (why)
      ctx.addIssue({ code: 'custom', message: `DOSSIER_EMBED_ORIGINS holds ${shown(item)}, which ${why}`, params: { hint: EMBED_HINT } });
    else if (!origins.includes(url!.origin)) origins.push(url!.origin);
  }
  return origins;
});

/** A folder option: `~` and `~/…` are the home folder, as a shell would read them unquoted. */
const folder = (name: string) =>
  z.string().transform((value, ctx) => {
    if (/[\0\n\r]/.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `${name} ${shown(value)} holds a line end or NUL`,
        params: { hint: `set ${name} to a folder's path` },
      });
      return z.NEVER;
    }
    return value === '~' ? homedir() : value.startsWith('~/') ? join(homedir(), value.slice(2)) : value;
  });

const env = z.object({
  DOSSIER_CONTENT: folder('DOSSIER_CONTENT').optional(),
  DOSSIER_OUT: folder('DOSSIER_OUT').optional(),
  DOSSIER_SITE: site.optional(),
  DOSSIER_BASE: base.optional(),
  DOSSIER_EMBED_ORIGINS: embedOrigins.optional(),
});

/** Reads and validates the options; throws an `OptionsError` listing every one that can't be used. */
export function readOptions(environment: NodeJS.ProcessEnv = process.env, projectRoot = process.cwd()): Options {
  const set = Object.fromEntries(Object.entries(environment).filter(([key, value]) => key.startsWith('DOSSIER_') && value !== ''));
  const parsed = env.safeParse(set);
  if (!parsed.success) {
    throw new OptionsError(
      parsed.error.issues.map((issue) => {
        const hint = (issue as { params?: { hint?: string } }).params?.hint;
        const name = String(issue.path[0]);
        return hint
          ? { message: issue.message, hint }
          : { message: `${name} ${issue.message}`, hint: `set ${name} to a valid value, or leave it unset` };
      }),
    );
  }
  const options = parsed.data;
  return {
    projectRoot,
    contentDir: resolve(projectRoot, options.DOSSIER_CONTENT ?? 'content'),
    outDir: resolve(projectRoot, options.DOSSIER_OUT ?? 'dist'),
    site: options.DOSSIER_SITE,
    base: options.DOSSIER_BASE ?? '/',
    embedOrigins: options.DOSSIER_EMBED_ORIGINS ?? [],
  };
}

/** A path as messages show it: relative to where the command runs, or absolute if it is elsewhere. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** The report of options that can't be used: one `error  what  (how to fix it)` line each. */
export function optionsReport(error: OptionsError): string {
  return error.problems.map((p) => `error  ${p.message}  (${p.hint})`).join('\n');
}

/**
 * `readOptions()` for a command: an option that can't be used is reported on
 * stderr, one line each with its hint (no stack trace), and the result is
 * undefined, for the command to end with exit code 2.
 */
export function readOptionsOrReport(): Options | undefined {
  try {
    return readOptions();
  } catch (error) {
    if (!(error instanceof OptionsError)) throw error;
    console.error(optionsReport(error));
    return undefined;
  }
}

/** `readOptionsOrReport()` that ends the process with exit code 2 instead: `astro.config.mjs` reads its options so. */
export function readOptionsOrExit(): Options {
  return readOptionsOrReport() ?? process.exit(2);
}
