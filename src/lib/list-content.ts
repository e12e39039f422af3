/**
 * Finds a content folder's entry files: `story.md`, and one `.md` file per
 * entry in `actors/`, `events/` and `sources/`, noting what else it ignores.
 * Apart from parsing (`read-content.ts`): `npm run check` lists the folder
 * and hands files to its worker threads before it has loaded the parsers.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import { KIND_FOLDERS, type LinkableKind } from './entry.ts';
import { messages, spread, type Message } from './messages.ts';
import { ProblemList } from './problems.ts';
import type { EntryKind, Position, Problem } from './types.ts';

const TOP: Position = { line: 1, column: 1 };

/** An entry file found in the content folder, not read yet. */
export interface ListedFile {
  /** Path relative to the content folder, forward slashes. */
  file: string;
  kind: EntryKind;
  id: string;
  /** Where to read it: absolute, symbolic links resolved (inside the content folder). */
  path: string;
}

/** An entry file and its bytes. */
export interface ContentFile {
  /** Path relative to the content folder, forward slashes. */
  file: string;
  kind: EntryKind;
  id: string;
  bytes: Uint8Array;
}

/** What a name in the content folder is, once symbolic links are followed. */
type Found = 'file' | 'folder' | 'outside' | 'broken' | 'special';

/**
 * Follows a symbolic link only while it stays inside the content folder: the
 * folder the user named is all a build may read.
 */
function inspect(path: string, dirent: Dirent, realRoot: string): Found {
  if (dirent.isFile()) return 'file';
  if (dirent.isDirectory()) return 'folder';
  if (!dirent.isSymbolicLink()) return 'special';
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    return 'broken';
  }
  if (target !== realRoot && !target.startsWith(realRoot + sep)) return 'outside';
  const stats = statSync(target);
  return stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'special';
}

/** Thrown when the content folder itself can't be read: nothing to check. */
export class UnusableContentFolder extends Error {
  readonly detail: Message;
  constructor(detail: Message) {
    super(`${detail.message}  (${detail.hint})`);
    this.detail = detail;
  }
}

/** Lists the entry files of a content folder, noting what is ignored; reads none of them. */
export function listContent(root: string, problems: ProblemList): ListedFile[] {
  const files: ListedFile[] = [];
  let realRoot: string;
  let top: Dirent[];
  try {
    realRoot = realpathSync(root);
    top = readdirSync(realRoot, { withFileTypes: true });
  } catch (error) {
    throw new UnusableContentFolder(messages.unusableFolder(root, (error as NodeJS.ErrnoException).code));
  }
  const ignore = (rel: string, found: Found) => {
    const m =
      found === 'folder' ? messages.ignoredFolder(rel) : found === 'outside' || found === 'broken' ? messages.ignoredLink(rel, found) : messages.ignoredFile(`"${rel}"`);
    problems.warning(rel, TOP, ...spread(m));
  };
  // `rel` is a name or `folder/name`: joined as is, the path needs no normalizing.
  const add = (rel: string, kind: EntryKind, id: string) => files.push({ file: rel, kind, id, path: `${realRoot}${sep}${rel}` });
  const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  let hasStory = false;
  for (const dirent of top.sort(byName)) {
    const name = dirent.name;
    // Hidden files (.git, .DS_Store) are not content: skipped without a note.
    if (name.startsWith('.')) continue;
    const found = inspect(join(realRoot, name), dirent, realRoot);
    const kind = (Object.keys(KIND_FOLDERS) as LinkableKind[]).find((k) => KIND_FOLDERS[k] === name);
    if (name === 'story.md' && found === 'file') {
      hasStory = true;
      add(name, 'story', 'story');
    } else if (kind && found === 'folder') {
      for (const child of readdirSync(join(realRoot, name), { withFileTypes: true }).sort(byName)) {
        const rel = `${name}/${child.name}`;
        // A file needs no path to be told one: the folder entry says so (a path each is 10,000 joins).
        const childFound = child.isFile() ? 'file' : inspect(join(realRoot, rel), child, realRoot);
        // A hidden entry file (`..md`, `.draft.md`) is still an entry, and its name is no id.
        if (childFound === 'file' && child.name.endsWith('.md')) add(rel, kind, child.name.slice(0, -3));
        else if (!child.name.startsWith('.')) ignore(rel, childFound);
      }
    } else {
      ignore(name, found);
    }
  }
  if (!hasStory) problems.error('story.md', TOP, ...spread(messages.missingStory()));
  return files;
}


/** Lists the entry files of a content folder and reads them; an unreadable file is an error. */
export function listContentFiles(root: string, problems: ProblemList): ContentFile[] {
  return listContent(root, problems).flatMap((listed) => readListed(listed, problems) ?? []);
}

/**
 * Reads a listed file; if it can't be read (gone since it was listed, no
 * permission), says so in `problems`. The bytes get a buffer of their own, so
 * handing them to another thread copies them alone.
 */
export function readListed(listed: ListedFile, problems: ProblemList): ContentFile | undefined {
  try {
    return { file: listed.file, kind: listed.kind, id: listed.id, bytes: new Uint8Array(readFileSync(listed.path)) };
  } catch (error) {
    problems.error(listed.file, TOP, ...spread(messages.unreadable((error as NodeJS.ErrnoException).code)));
    return undefined;
  }
}

/** A listed file that could not be read, and why. */
export interface UnreadableFile {
  file: string;
  problems: Problem[];
}

/**
 * Reads many listed files into one buffer, each file's bytes a view of it:
 * about half the time of a buffer each (`readListed`) for small files, with
 * no buffer to allocate and no size to ask for per file. Handing the buffer
 * to another thread moves all the files at once, without a copy.
 */
export function readListedFiles(listed: readonly ListedFile[]): { buffer: ArrayBuffer; files: (ContentFile | UnreadableFile)[] } {
  let buffer = new Uint8Array(Math.max(4096, listed.length * 2048));
  let end = 0;
  const read = listed.map((file): { start: number; length: number } | UnreadableFile => {
    const start = end;
    let fd: number | undefined;
    try {
      fd = openSync(file.path, 'r');
      for (let count = -1; count !== 0; end += count) {
        if (end === buffer.length) {
          const larger = new Uint8Array(buffer.length * 2);
          larger.set(buffer);
          buffer = larger;
        }
        count = readSync(fd, buffer, end, buffer.length - end, null);
      }
      return { start, length: end - start };
    } catch (error) {
      end = start;
      const problems = new ProblemList();
      problems.error(file.file, TOP, ...spread(messages.unreadable((error as NodeJS.ErrnoException).code)));
      return { file: file.file, problems: problems.items };
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  });
  // Views only now: the buffer may have grown (and moved) while reading.
  const files = listed.map(({ file, kind, id }, i): ContentFile | UnreadableFile => {
    const span = read[i]!;
    return 'problems' in span ? span : { file, kind, id, bytes: new Uint8Array(buffer.buffer, span.start, span.length) };
  });
  return { buffer: buffer.buffer, files };
}
