/**
 * `npm run check` on files and folders no one may read (chmod 000), for
 * real. Root reads them all the same, so under root the check runs as the
 * user "nobody" (uid 65534), for whom the permissions hold; the story is
 * made readable to everyone else first.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { chmodSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, projectRoot } from '../helpers/build-site.ts';
import { scratchDir } from '../helpers/scratch.ts';

const work = scratchDir('unreadable');
const content = join(work, 'content');
cpSync(join(import.meta.dirname, '../bad-input/base'), content, { recursive: true });
chmodSync(work, 0o755);
const asRoot = process.getuid?.() === 0;
const nobody = asRoot ? { uid: 65534, gid: 65534 } : {};

/** `npm run check`'s command, as a user for whom the permissions hold. */
function check(): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', './src/cli/compile-cache.mjs', 'src/cli/check.ts'],
      { cwd: projectRoot, env: cleanEnv({ DOSSIER_CONTENT: content }), ...nobody },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

afterAll(() => {
  chmodSync(join(content, 'events'), 0o755);
  rmSync(work, { recursive: true, force: true });
});

describe('npm run check on content that cannot be read', () => {
  it('reports a file and a folder no one may read, where they are, and exits 1 with no stack trace', async () => {
    chmodSync(join(content, 'actors/cnn.md'), 0o000);
    chmodSync(join(content, 'events'), 0o000);
    const result = await check();
    expect(result.stderr).toBe('');
    expect(result.stdout.replaceAll(`${content}/`, 'content/').trimEnd().split('\n')).toEqual([
      "content/actors/cnn.md:1:1  error  the file can't be read: permission denied  (let the user who runs the check and the build read it, e.g. with chmod a+r, or move it out of the content folder)",
      'content/events:1:1  error  the folder "events" can\'t be read: permission denied  (let the user who runs the check and the build open and read it, e.g. with chmod a+rx, or move it out of the content folder)',
      // The entries of a folder that can't be read are unknown; a file's id is known, so links to CNN are not reported again.
      'content/story.md:6:21  error  the link [[the leak]] matches no entry  (check the spelling, or create the entry)',
      '3 errors, 0 warnings',
    ]);
    expect(result.code).toBe(1);
  });
});
