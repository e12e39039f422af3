/**
 * Files and folders that can't be read, as the system reports them: each
 * error is injected into `node:fs`, so these run the same as root (who may
 * read anything) and as anyone else. tests/cli/unreadable-content.test.ts
 * runs the real thing, with chmod.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { join, sep } from 'node:path';
import { listContentFiles, UnusableContentFolder } from '../../src/entries/list-files.ts';
import { formatProblem, ProblemList } from '../../src/problems/problems.ts';
import { readContentFile } from '../../src/model/read-content-file.ts';

/** Paths ending so fail with that code. */
const failing = new Map<string, string>();
const fail = (path: unknown) => {
  for (const [end, code] of failing) {
    if (String(path).endsWith(end)) throw Object.assign(new Error(`${code}: injected, ${String(path)}`), { code });
  }
};

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    readdirSync: ((path: string, options?: never) => (fail(path), fs.readdirSync(path, options))) as typeof fs.readdirSync,
    readFileSync: ((path: string, options?: never) => (fail(path), fs.readFileSync(path, options))) as typeof fs.readFileSync,
  };
});

const base = join(import.meta.dirname, '../bad-input/base');
/** The files read, and every problem listing and reading them found. */
const report = () => {
  const problems = new ProblemList();
  const files = listContentFiles(base, problems);
  const all = [...problems.items, ...files.flatMap((f) => readContentFile(f).problems)];
  return { read: files.filter((f) => f.unreadable === undefined).map((f) => f.file), problems: all.map((p) => formatProblem(p)) };
};

beforeEach(() => failing.clear());

describe('content that cannot be read', () => {
  it('is an error at a file that cannot be read, and the rest is read', () => {
    // Links to it by id or name are not reported again: tests/cli/unreadable-content.test.ts.
    failing.set(`${sep}actors${sep}cnn.md`, 'EACCES');
    expect(report()).toEqual({
      read: ['actors/ukraine.md', 'events/the-leak.md', 'sources/cnn-report.md', 'story.md'],
      problems: [
        "content/actors/cnn.md:1:1  error  the file can't be read: permission denied  (let the user who runs the check and the build read it, e.g. with chmod a+r, or move it out of the content folder)",
      ],
    });
  });

  it('is an error at a folder that cannot be read, not a crash', () => {
    failing.set(`${sep}events`, 'EACCES');
    expect(report()).toEqual({
      read: ['actors/cnn.md', 'actors/ukraine.md', 'sources/cnn-report.md', 'story.md'],
      problems: [
        'content/events:1:1  error  the folder "events" can\'t be read: permission denied  (let the user who runs the check and the build open and read it, e.g. with chmod a+rx, or move it out of the content folder)',
      ],
    });
  });

  it('says what the system reports, in words, for other failures', () => {
    failing.set(`${sep}story.md`, 'EIO');
    failing.set(`${sep}sources`, 'EMFILE');
    failing.set(`${sep}the-leak.md`, 'ESTALE');
    expect(report().problems.sort()).toEqual([
      "content/events/the-leak.md:1:1  error  the file can't be read: the system says ESTALE  (check that it exists and that you may read it)",
      'content/sources:1:1  error  the folder "sources" can\'t be read: too many files are open at once  (close other programs or raise the limit with ulimit -n, then run the check again)',
      "content/story.md:1:1  error  the file can't be read: the disk reported an error  (copy it again from a backup, or check the disk)",
    ]);
  });

  it('stops the check, saying why, when the content folder itself cannot be read', () => {
    failing.set(`${sep}base`, 'EACCES');
    expect(() => listContentFiles(base, new ProblemList())).toThrow(UnusableContentFolder);
    expect(() => listContentFiles(base, new ProblemList())).toThrow(`the content folder "${base}" can't be read: permission denied`);
  });
});
