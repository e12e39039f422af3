/**
 * Runs `npm run build`'s command on a content folder, into a folder of the
 * test's choosing, exactly as a user would (a child process, real Astro).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV=test...) into
 * process.env; a build started from a test must not inherit them.
 */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST']) delete env[key];
  return { ...env, ...extra };
}

/** The command of an npm script (`node --import ... src/cli/check.ts`), run with this Node. */
function scriptArgs(script: string): string[] {
  const scripts = JSON.parse(readFileSync(resolve(projectRoot, 'package.json'), 'utf8')).scripts as Record<string, string>;
  const [command, ...args] = scripts[script]!.split(' ');
  if (command !== 'node') throw new Error(`npm run ${script} does not run node`);
  return args;
}

export function runCli(script: 'build' | 'check' | 'new', env: Record<string, string>, args: string[] = []): Promise<BuildResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [...scriptArgs(script), ...args],
      { cwd: projectRoot, env: cleanEnv(env), maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

export function buildSite(content: string, outDir: string, base = '/', env: Record<string, string> = {}): Promise<BuildResult> {
  return runCli('build', { DOSSIER_CONTENT: content, DOSSIER_OUT: outDir, DOSSIER_BASE: base, ...env });
}
