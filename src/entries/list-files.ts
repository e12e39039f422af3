/**
 * Finds a content folder's entry files: `story.md`, and one `.md` file per
 * entry in `actors/`, `events/` and `sources/`, noting what else it ignores,
 * and reads their bytes (parsing is `read-entry.ts`'s). The pictures in
 * `media/` are listed apart (`listMedia`).
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import { KIND_FOLDERS, type EntryKind, type LinkableKind } from './entry-kinds.ts';
import { MEDIA_FOLDER } from './picture-field.ts';
import { messages, type Message } from '../problems/messages.ts';
import type { Position, ProblemList } from '../problems/problems.ts';

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
  /**
   * Set when the file could not be read: the system's error code (`EACCES`),
   * or empty when it gave none. `bytes` is then empty, and reading the entry
   * says why, so links to it are not reported again.
   */
  unreadable?: string;
}

/** What a name in the content folder is, once symbolic links are followed. */
type Found = 'file' | 'folder' | 'outside' | 'broken' | 'special' | { unreadable: string | undefined };

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code;

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
  } catch (error) {
    // A link to nothing, or one that leads through a folder no one may open.
    return codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR' ? 'broken' : { unreadable: codeOf(error) };
  }
  if (target !== realRoot && !target.startsWith(realRoot + sep)) return 'outside';
  try {
    const stats = statSync(target);
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'special';
  } catch (error) {
    return { unreadable: codeOf(error) };
  }
}

/** Thrown when the content folder itself can't be read: nothing to check. */
export class UnusableContentFolder extends Error {
  readonly detail: Message;
  constructor(detail: Message) {
    super(`${detail.message}  (${detail.hint})`);
    this.detail = detail;
  }
}

/** Why a content folder can't be read at all, or undefined when it can. */
export function unusableFolder(root: string): Message | undefined {
  try {
    readdirSync(realpathSync(root));
    return undefined;
  } catch (error) {
    return messages.unusableFolder(root, codeOf(error));
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
    throw new UnusableContentFolder(messages.unusableFolder(root, codeOf(error)));
  }
  const ignore = (rel: string, found: Found) => {
    if (typeof found === 'object') return problems.error(rel, TOP, messages.unreadable(found.unreadable));
    const m =
      found === 'folder'
        ? messages.ignoredFolder(rel)
        : found === 'outside' || found === 'broken'
          ? messages.ignoredLink(rel, found)
          : messages.ignoredFile(`"${rel}"`);
    problems.warning(rel, TOP, m);
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
    if (name === MEDIA_FOLDER && found === 'folder') continue;
    if (name === 'story.md' && found === 'file') {
      hasStory = true;
      add(name, 'story', 'story');
    } else if (kind && found === 'folder') {
      let children: Dirent[];
      try {
        children = readdirSync(join(realRoot, name), { withFileTypes: true });
      } catch (error) {
        problems.error(name, TOP, messages.unreadableFolder(name, codeOf(error)));
        continue;
      }
      for (const child of children.sort(byName)) {
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
  if (!hasStory) problems.error('story.md', TOP, messages.missingStory());
  return files;
}

/**
 * The files of the content folder's `media/`, at any depth, as paths
 * relative to the content folder (`media/maps/kyiv.png`), sorted; none when
 * there is no such folder. Links are followed only inside the content folder.
 */
export function listMedia(root: string, problems: ProblemList): string[] {
  const found: string[] = [];
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return found;
  }
  const walk = (rel: string) => {
    let children: Dirent[];
    try {
      children = readdirSync(join(realRoot, rel), { withFileTypes: true });
    } catch (error) {
      if (rel !== MEDIA_FOLDER || codeOf(error) !== 'ENOENT') problems.error(rel, TOP, messages.unreadableFolder(rel, codeOf(error)));
      return;
    }
    for (const child of children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (child.name.startsWith('.')) continue;
      const path = `${rel}/${child.name}`;
      const what = inspect(join(realRoot, path), child, realRoot);
      if (what === 'file') found.push(path);
      else if (what === 'folder') walk(path);
      else if (typeof what === 'object') problems.error(path, TOP, messages.unreadable(what.unreadable));
      else problems.warning(path, TOP, what === 'special' ? messages.ignoredFile(`"${path}"`) : messages.ignoredLink(path, what));
    }
  };
  if (existsSync(join(realRoot, MEDIA_FOLDER))) walk(MEDIA_FOLDER);
  return found;
}

/** Lists the entry files of a content folder and reads them; an unreadable file is an error (see `readEntry`). */
export function listContentFiles(root: string, problems: ProblemList): ContentFile[] {
  return listContent(root, problems).map(readListed);
}

/** Reads a listed file; one that can't be read (gone since it was listed, no permission) says why in `unreadable`. */
export function readListed(listed: ListedFile): ContentFile {
  const { file, kind, id } = listed;
  try {
    return { file, kind, id, bytes: new Uint8Array(readFileSync(listed.path)) };
  } catch (error) {
    return { file, kind, id, bytes: new Uint8Array(0), unreadable: codeOf(error) ?? '' };
  }
}
