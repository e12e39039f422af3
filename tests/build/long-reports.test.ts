/**
 * A report of any length reaches the end of a pipe whole, however slowly it
 * is read: a command must not exit while its output is still held in Node
 * (a pipe takes 64 KB before its reader drains it).
 */
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, projectRoot } from '../helpers/build-site.ts';
import { scratchDir } from '../helpers/scratch.ts';

/** A story with `count` entries of two broken links each: a report of about 300 bytes an entry. */
function storyWithErrors(count: number): string {
  const dir = join(scratchDir('long-report'), 'content');
  cpSync(resolve(projectRoot, 'tests/bad-input/base'), dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    writeFileSync(
      join(dir, 'actors', `person-${i}.md`),
      `---\nname: Person ${i}\nkind: person\nsummary: One of many.\n---\n\nSee [[nobody-${i}]] and [[no-one-${i}]].\n`,
    );
  }
  return dir;
}

/** Runs an npm script's command, reading its output only after a pause, as a slow pipe reader does. */
function runSlowlyRead(
  script: string,
  env: Record<string, string>,
  args: string[] = [],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const scripts = (JSON.parse(readFileSync(resolve(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const [, ...nodeArgs] = scripts[script]!.split(' ');
  const child = spawn(process.execPath, [...nodeArgs, ...args], {
    cwd: projectRoot,
    env: cleanEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pause();
  child.stderr.pause();
  let stdout = '';
  let stderr = '';
  setTimeout(() => {
    child.stdout.on('data', (chunk) => (stdout += chunk)).resume();
    child.stderr.on('data', (chunk) => (stderr += chunk)).resume();
  }, 1_000);
  return new Promise((done) => child.on('close', (code) => done({ code: code ?? 1, stdout, stderr })));
}

describe('long reports through a pipe', { timeout: 180_000 }, () => {
  const content = storyWithErrors(600);

  it('npm run check prints every problem, in text and in JSON', async () => {
    const text = await runSlowlyRead('check', { DOSSIER_CONTENT: content });
    expect(text.code).toBe(1);
    expect(text.stdout.length).toBeGreaterThan(128 * 1024);
    expect(text.stdout.trimEnd().split('\n').at(-1)).toBe('1200 errors, 0 warnings');
    const json = await runSlowlyRead('check', { DOSSIER_CONTENT: content }, ['--format', 'json']);
    expect(JSON.parse(json.stdout).problems).toHaveLength(1200);
  });

  it('npm run build prints every problem before it stops', async () => {
    const out = join(scratchDir('long-report-out'), 'dist');
    const build = await runSlowlyRead('build', { DOSSIER_CONTENT: content, DOSSIER_OUT: out });
    expect(build.code).toBe(1);
    expect(build.stderr.length).toBeGreaterThan(128 * 1024);
    expect(build.stderr).toContain('1200 errors, 0 warnings');
    expect(build.stderr.trimEnd().split('\n').at(-1)).toContain('was left as it was.');
  });
});
