/**
 * `npm run check` runs the checker from a bundle made once per version of the
 * code (`src/cli/checker-bundle.ts`): the same report as from source, its
 * worker thread started from the bundle too, a new bundle when the code
 * changes, and the source when no bundle can be made.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkerBundle, checkerModule } from '../../src/cli/checker-bundle.ts';
import { projectRoot, runCli } from '../helpers/build-site.ts';
import { generateCorpus } from '../../src/bench/generate-corpus.ts';

const scratch = mkdtempSync(join(tmpdir(), 'dossier-checker-bundle-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the project's code, with its packages linked (not its caches): a project of its own to bundle. */
function copyProject(): string {
  const root = mkdtempSync(join(scratch, 'project-'));
  for (const path of ['src', 'package.json', 'package-lock.json']) cpSync(join(projectRoot, path), join(root, path), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
    if (name !== '.cache') symlinkSync(join(projectRoot, 'node_modules', name), join(root, 'node_modules', name));
  }
  return root;
}

describe('the checker’s bundle', () => {
  it('gives the report the source gives, errors and exit code alike', async () => {
    const env = { DOSSIER_CONTENT: join(projectRoot, 'tests/fixtures/broken-links') };
    const bundled = await runCli('check', env);
    const source = await runCli('check', { ...env, DOSSIER_CHECK_FROM_SOURCE: '1' });
    expect(bundled.code).toBe(1);
    expect(bundled.stdout).toContain('error');
    expect({ ...bundled }).toEqual({ ...source });
  });

  it('starts its worker thread from the bundle, for a story large enough to need one', async () => {
    const dir = join(scratch, 'large');
    generateCorpus(dir, { entries: 1_200, seed: 2 });
    const result = await runCli('check', { DOSSIER_CONTENT: dir }, ['--no-cache']);
    expect(result.stdout.trim().split('\n').at(-1)).toBe('0 errors, 0 warnings');
    // A worker that fails to start has its files read on the main thread, with a warning.
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('is made once for the code as it is, and again when the code changes', async () => {
    const root = copyProject();
    const first = await checkerBundle(root);
    expect(first.startsWith(join(root, 'node_modules/.cache/dossier/checker'))).toBe(true);
    const made = statSync(first).mtimeMs;
    expect(await checkerBundle(root)).toBe(first);
    expect(statSync(first).mtimeMs).toBe(made);

    appendFileSync(join(root, 'src/lib/normalize.ts'), '\n// An edit.\n');
    const second = await checkerBundle(root);
    expect(second).not.toBe(first);
    expect(readdirSync(dirname(dirname(second))).sort()).toEqual([first, second].map((path) => dirname(path).split('/').at(-1)).sort());
  });

  it('falls back to the source, saying why, when no bundle can be made', async () => {
    const root = copyProject();
    rmSync(join(root, 'src/cli/run-check.ts'));
    const said = vi.spyOn(console, 'error').mockImplementation(() => {});
    const module = await checkerModule({}, root);
    expect(fileURLToPath(module)).toBe(join(projectRoot, 'src/cli/run-check.ts'));
    expect(said.mock.calls[0]?.[0]).toMatch(/^note: checking from source, which starts slower: the checker's bundle could not be made \(.+\)\.$/);
    said.mockRestore();
    expect(await checkerModule({ DOSSIER_CHECK_FROM_SOURCE: '1' })).toBe(module);
  });
});
