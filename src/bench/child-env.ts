/**
 * For the benchmarks and the tests that start Dossier's commands as child
 * processes: the project's folder, and an environment without what Vitest
 * puts in its own (BASE_URL, MODE, NODE_ENV=test...), which a build must not inherit,
 * and without colour.
 */
import { resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of [
    'BASE_URL',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'NODE_ENV',
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
    'TEST',
    // Colour codes would sit inside the lines the tests and benchmarks read
    // (a CI runner may set FORCE_COLOR for its own log).
    'FORCE_COLOR',
  ])
    delete env[key];
  return { ...env, NO_COLOR: '1', ...extra };
}
