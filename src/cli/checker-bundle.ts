/**
 * The checker as one bundle: `run-check.ts` and its worker thread's module
 * (`read-worker.ts`) with everything they import, Dossier's code and the
 * packages', in a few files made by esbuild. Node then loads under ten
 * modules per thread instead of about 400, which took about 0.3 s of each
 * thread's time at every `npm run check`.
 *
 * Like Node's compile cache, the bundle is made once for the code as it is:
 * it is kept in `node_modules/.cache/dossier/checker/<digest>/`, where the
 * digest covers every file of `src/`, `package.json`, the lock file and
 * Node's version. Any change to one of them makes a new bundle at the next
 * check (about 0.4 s); the newest three are kept. A bundle appears whole or
 * not at all (it is written beside its folder, then renamed), so checks
 * running at the same time never load half of one.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { keepNewest, projectDigest } from './disk-cache.ts';

const SOURCE = new URL('./run-check.ts', import.meta.url).href;
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const KEEP = 3;

/**
 * The module to run the check from: the bundle's, made now if needed, or the
 * source when asked (`DOSSIER_CHECK_FROM_SOURCE=1`) or when no bundle can be
 * made (the reason is printed; the check itself is the same).
 */
export async function checkerModule(env: NodeJS.ProcessEnv = process.env, root = PROJECT_ROOT): Promise<string> {
  if (env.DOSSIER_CHECK_FROM_SOURCE === '1') return SOURCE;
  try {
    return pathToFileURL(await checkerBundle(root)).href;
  } catch (error) {
    console.error(`note: checking from source, which starts slower: the checker's bundle could not be made (${(error as Error).message.split('\n')[0]}).`);
    return SOURCE;
  }
}

/** The path of the bundled `run-check.js` of the project at `root`, made if there is none for its code as it is. */
export async function checkerBundle(root: string): Promise<string> {
  const folder = join(root, 'node_modules/.cache/dossier/checker');
  const dir = join(folder, projectDigest(root, ['src', 'package.json', 'package-lock.json']));
  const entry = join(dir, 'run-check.js');
  if (existsSync(entry)) {
    try {
      // Used now: the last to be forgotten.
      utimesSync(dir, new Date(), new Date());
    } catch {
      // A folder this check may not write to is still one it can load from.
    }
    return entry;
  }
  mkdirSync(folder, { recursive: true });
  const staging = `${dir}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: root,
    entryPoints: { 'run-check': 'src/cli/run-check.ts', 'read-worker': 'src/cli/read-worker.ts' },
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    // CommonJS packages (gray-matter) call `require` for Node's own modules.
    banner: { js: "import { createRequire as __dossierRequire } from 'node:module'; const require = __dossierRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  try {
    renameSync(staging, dir);
  } catch (error) {
    // Another check made the same bundle first: use that one.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(entry)) throw error;
  }
  // The newest bundles, and what interrupted checks left being made for an hour.
  keepNewest(folder, KEEP, (name) => !name.includes('.'));
  keepNewest(folder, 0, (name) => name.includes('.') && madeBefore(join(folder, name), Date.now() - 3_600_000));
  return entry;
}

function madeBefore(path: string, time: number): boolean {
  try {
    return statSync(path).mtimeMs < time;
  } catch {
    return false;
  }
}
