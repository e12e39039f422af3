/**
 * Where a build may write. A successful build replaces the whole output
 * folder (see `build.ts`), so `DOSSIER_OUT` must never name a folder that
 * holds anything else: the project, its sources, the content, or a folder of
 * files that is not a site.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { displayPath } from './options.ts';

/** `path` with symbolic links resolved, as far as it exists. */
function real(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(real(parent), basename(absolute));
}

const inside = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/**
 * Why the build must not write to `outDir`, or undefined when it may.
 * `contentDir` is the story's folder; `projectRoot` holds `src/`, `public/`
 * and `node_modules/`.
 */
export function outDirProblem(outDir: string, projectRoot: string, contentDir: string): string | undefined {
  const out = real(outDir);
  const root = real(projectRoot);
  const shown = displayPath(outDir);
  const keep = [
    [root, 'the project folder'],
    [real(contentDir), 'the content folder'],
    ...['src', 'public', 'node_modules', '.git', 'tests'].map((name) => [join(root, name), `the project's ${name}/ folder`]),
  ] as const;
  for (const [folder, what] of keep) {
    if (inside(folder, out)) {
      return `DOSSIER_OUT "${shown}" is ${folder === out ? what : `a folder that holds ${what}`}: a build replaces its output folder, so it can't be that`;
    }
  }
  for (const [folder, what] of keep.slice(1)) {
    if (inside(out, folder)) return `DOSSIER_OUT "${shown}" is inside ${what}: write the site somewhere else`;
  }
  if (!existsSync(out)) return undefined;
  if (!statSync(out).isDirectory()) return `DOSSIER_OUT "${shown}" is a file: name a folder`;
  const names = readdirSync(out);
  if (names.length > 0 && !names.includes('index.html')) {
    return `DOSSIER_OUT "${shown}" holds files that are not a built site, and a build replaces the whole folder: empty it or choose another`;
  }
  return undefined;
}
