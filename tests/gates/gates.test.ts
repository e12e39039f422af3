/**
 * The project's own gates, each the npm script a contributor runs by hand:
 * strict types (`tsc`, and `astro check` for the `.astro` files), typed lint
 * (ESLint with typescript-eslint and eslint-plugin-astro), Prettier's
 * formatting, and the stages' import rules (dependency-cruiser). Each passes
 * with nothing to report.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, projectRoot } from '../../src/bench/child-env.ts';

/** Runs a package's command with this Node; resolves with its exit code and what it printed. */
function run(bin: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [resolve(projectRoot, 'node_modules', bin), ...args],
      { cwd: projectRoot, env: cleanEnv({}), maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

describe('the gates', { timeout: 240_000 }, () => {
  it('type-checks with tsc --noEmit (strict)', async () => {
    const { code, output } = await run('typescript/bin/tsc', ['--noEmit', '-p', projectRoot]);
    expect(output).toBe('');
    expect(code).toBe(0);
  });

  it('type-checks the .astro files with astro check', async () => {
    const { code, output } = await run('astro/bin/astro.mjs', ['check', '--minimumSeverity', 'error']);
    expect(output, output).toMatch(/- 0 errors/);
    expect(code).toBe(0);
  });

  it('passes typed ESLint', async () => {
    const { code, output } = await run('eslint/bin/eslint.js', ['.']);
    expect(output).toBe('');
    expect(code).toBe(0);
  });

  it('is formatted as Prettier formats it', async () => {
    const { code, output } = await run('prettier/bin/prettier.cjs', ['--check', '.', '--log-level', 'warn']);
    expect(output).toBe('');
    expect(code).toBe(0);
  });

  it('imports only from lower stages, with no cycle and no private file of a package', async () => {
    const { code, output } = await run('dependency-cruiser/bin/dependency-cruiser.mjs', [
      'src',
      'tests',
      '--config',
      '.dependency-cruiser.cjs',
    ]);
    expect(output, output).toMatch(/no dependency violations found/);
    expect(code).toBe(0);
  });
});
