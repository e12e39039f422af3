/**
 * Temporary folders for a test file: each made under the system's temporary
 * folder (or `parent`), and all of them removed after the file's last test,
 * passed or failed. Importing this module registers that removal for the
 * importing file (Vitest gives each test file its own modules).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

/** Removes every folder `scratchDir` made so far. */
export function removeScratchDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

afterAll(removeScratchDirs);

/** A new empty folder, `dossier-<prefix>-XXXXXX`, removed after the test file. */
export function scratchDir(prefix: string, parent: string = tmpdir()): string {
  const dir = mkdtempSync(join(parent, `dossier-${prefix}-`));
  made.push(dir);
  return dir;
}
