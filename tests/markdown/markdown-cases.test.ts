/**
 * Markdown in, HTML out: each folder under `cases/` holds `input.md` and the
 * `output.html` the build must produce for it. Set UPDATE_CASES=1 to write
 * missing outputs (then read them before committing).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCase } from './render-cases.ts';

const casesDir = join(import.meta.dirname, 'cases');

describe('Markdown cases', () => {
  for (const name of readdirSync(casesDir).sort()) {
    it(name, () => {
      const input = readFileSync(join(casesDir, name, 'input.md'), 'utf8');
      const expectedFile = join(casesDir, name, 'output.html');
      const html = renderCase(input).html.trim();
      if (!existsSync(expectedFile) && process.env.UPDATE_CASES) writeFileSync(expectedFile, `${html}\n`);
      expect(html).toBe(readFileSync(expectedFile, 'utf8').trim());
    });
  }
});
