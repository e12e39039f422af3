/**
 * The tests' temporary folders (tests/helpers/scratch.ts): made empty, named
 * for the test, under the folder given, and removed with all they hold.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeScratchDirs, scratchDir } from '../helpers/scratch.ts';

describe('scratch folders', () => {
  it('are made empty under the temporary folder or the one given, and removed with their contents', () => {
    const first = scratchDir('scratch-test');
    const parent = scratchDir('scratch-parent');
    const second = scratchDir('scratch-inner', parent);
    expect(dirname(first)).toBe(tmpdir());
    expect(basename(first)).toMatch(/^dossier-scratch-test-\w{6}$/);
    expect(dirname(second)).toBe(parent);
    expect(readdirSync(first)).toEqual([]);
    mkdirSync(join(first, 'site', 'actors'), { recursive: true });
    writeFileSync(join(first, 'site', 'actors', 'index.html'), '<p>built</p>');
    removeScratchDirs();
    for (const dir of [first, parent, second]) expect(existsSync(dir)).toBe(false);
  });
});
