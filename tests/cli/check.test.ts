/**
 * `npm run check`'s contract with editors and CI: the text report (pinned in
 * tests/build/broken-content.test.ts and tests/bad-input/), the JSON report,
 * and the exit codes: 0 no errors, 1 content errors, 2 could not run.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { projectRoot, runCli } from '../helpers/build-site.ts';

const broken = 'tests/fixtures/broken-links';

describe('npm run check -- --format json', () => {
  it('prints every problem as JSON, errors first, each with its position, code, message and hint', async () => {
    const result = await runCli('check', { DOSSIER_CONTENT: broken }, ['--format', 'json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['content', 'errors', 'warnings', 'problems']);
    expect(report).toMatchObject({ content: broken, errors: 9, warnings: 1 });
    expect(report.problems).toHaveLength(10);
    expect(report.problems[0]).toEqual({
      severity: 'error',
      file: `${broken}/actors/volodymyr-zelenskyy.md`,
      line: 6,
      column: 16,
      code: 'ref-unknown',
      message: '"affiliations[0]" names "ukrane", which is no actor of this story',
      hint: 'did you mean "ukraine"?',
    });
    expect(report.problems.map((p: { severity: string }) => p.severity)).toEqual([...Array(9).fill('error'), 'warning']);
    // The same problems as the text report, in the same order.
    const text = await runCli('check', { DOSSIER_CONTENT: broken });
    const lines = report.problems.map(
      (p: { file: string; line: number; column: number; severity: string; message: string; hint?: string }) =>
        `${p.file}:${p.line}:${p.column}  ${p.severity}  ${p.message}${p.hint ? `  (${p.hint})` : ''}`,
    );
    expect(lines).toEqual(text.stdout.trim().split('\n').slice(0, -1));
  });

  it('accepts --format=json and exits 0 on a story with no errors', async () => {
    const result = await runCli('check', { DOSSIER_CONTENT: 'content' }, ['--format=json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ content: 'content', errors: 0, warnings: 0, problems: [] });
  });
});

describe('npm run check exit codes', () => {
  it('exits 2, saying why, when the content folder does not exist or is a file', async () => {
    const missing = await runCli('check', { DOSSIER_CONTENT: 'no-such-folder' });
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe(
      `error  the content folder "${join(projectRoot, 'no-such-folder')}" does not exist  (set DOSSIER_CONTENT to the folder that holds story.md, actors/, events/ and sources/)`,
    );
    const file = await runCli('check', { DOSSIER_CONTENT: 'package.json' }, ['--format', 'json']);
    expect(file.code).toBe(2);
    expect(JSON.parse(file.stdout)).toEqual({
      content: 'package.json',
      fatal: {
        code: 'unusable-folder',
        message: `the content folder "${join(projectRoot, 'package.json')}" is a file, not a folder`,
        hint: 'set DOSSIER_CONTENT to the folder that holds story.md, actors/, events/ and sources/',
      },
    });
  });

  it('exits 2 on an unknown option or format, and 0 on --help', async () => {
    const option = await runCli('check', {}, ['--strict']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('Unknown option "--strict".');
    const format = await runCli('check', {}, ['--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('Unknown format "xml": use text or json.');
    const help = await runCli('check', {}, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes: 0 no errors, 1 content errors, 2 the check could not run.');
  });
});
