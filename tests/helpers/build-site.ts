/**
 * Runs `npm run build`'s command on a content folder, into a folder of the
 * test's choosing, exactly as a user would (a child process, real Astro).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { cleanEnv, projectRoot } from '../../src/bench/child-env.ts';

export { cleanEnv, projectRoot };

export interface BuildResult {
  code: number;
  stdout: string;
  stderr: string;
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

/**
 * The content report a build printed through Astro's logger (its warnings):
 * the problem lines and the count, without the logger's `12:00:00 [WARN]
 * [dossier]` before the first line.
 */
export function reportLines(output: string): string[] {
  return stripVTControlCharacters(output)
    .split('\n')
    .map((line) => line.replace(/^\d\d:\d\d:\d\d \[WARN\] \[dossier\] /, ''))
    .filter((line) => /^\S.*:\d+:\d+ {2}(error|warning) {2}/.test(line) || /^\d+ errors?, \d+ warnings?$/.test(line));
}
