/**
 * Reads a content folder into validated entries: `story.md`, and one `.md`
 * file per entry in `actors/`, `events/` and `sources/`. Problems are
 * collected, never thrown, so an editor sees all of them at once.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Entry } from './entry.ts';
import { KIND_FOLDERS, type LinkableKind } from './entry.ts';
import { parseFrontMatter } from './front-matter.ts';
import { parseBody } from './parse-body.ts';
import { ProblemList } from './problems.ts';
import { ID_PATTERN, knownFields, schemas } from './schema.ts';
import { messages, type Message } from './messages.ts';
import { zodIssueToProblem } from './zod-problems.ts';
import { didYouMean } from './did-you-mean.ts';
import { slugify } from './slugify.ts';
import type { EntryId, EntryKind, Position } from './types.ts';

const TOP: Position = { line: 1, column: 1 };
const decoder = new TextDecoder('utf-8', { fatal: true });

export interface ContentFile {
  /** Path relative to the content folder, forward slashes. */
  file: string;
  kind: EntryKind;
  id: string;
  bytes: Uint8Array;
}

/** Lists the entry files of a content folder, noting what is ignored. */
export function listContentFiles(root: string, problems: ProblemList): ContentFile[] {
  const files: ContentFile[] = [];
  const read = (rel: string) => new Uint8Array(readFileSync(join(root, rel)));
  let top: string[];
  try {
    top = readdirSync(root).sort();
  } catch {
    throw new Error(`The content folder "${root}" does not exist or cannot be read.`);
  }
  const folders = new Set<string>(Object.values(KIND_FOLDERS));
  if (!top.includes('story.md')) problems.error('story.md', TOP, ...spread(messages.missingStory()));
  for (const name of top) {
    if (name.startsWith('.')) continue;
    const isDir = statSync(join(root, name)).isDirectory();
    if (name === 'story.md' && !isDir) {
      files.push({ file: name, kind: 'story', id: 'story', bytes: read(name) });
    } else if (isDir && folders.has(name)) {
      const kind = (Object.keys(KIND_FOLDERS) as LinkableKind[]).find((k) => KIND_FOLDERS[k] === name)!;
      for (const child of readdirSync(join(root, name)).sort()) {
        if (child.startsWith('.')) continue;
        const rel = `${name}/${child}`;
        if (statSync(join(root, rel)).isDirectory() || !child.endsWith('.md')) {
          problems.warning(rel, TOP, ...spread(messages.ignoredFile(`"${rel}"`)));
          continue;
        }
        files.push({ file: rel, kind, id: child.slice(0, -3), bytes: read(rel) });
      }
    } else {
      problems.warning(name, TOP, ...spread(messages.ignoredFile(`"${name}"`)));
    }
  }
  return files;
}

/** `[code, message, hint]` for `ProblemList.error(file, at, ...)`. */
export function spread(m: Message): [string, string, string | undefined] {
  return [m.code, m.message, m.hint];
}

/**
 * Where the first invalid UTF-8 byte is, as a line and column. A plain scan of
 * lead and continuation bytes: enough to point an editor at the bad spot.
 */
function firstBadByte(bytes: Uint8Array): Position {
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return { line, column };
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return { line, column };
    }
    if (b === 10) {
      line++;
      column = 1;
    } else column++;
    i += length;
  }
  return { line, column };
}

/** Decodes UTF-8, dropping a byte-order mark and turning CRLF into LF. */
function decode(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  } catch {
    return undefined;
  }
}

/** A source without a summary is described by who published it, and when. */
function sourceSummary(data: Record<string, unknown>): string {
  const parts = [data.publisher, data.published].filter((p): p is string => typeof p === 'string');
  return parts.length > 0 ? `Published by ${parts.join(', ')}.` : '';
}

/** Reads, parses and validates one file; returns undefined if it can't become an entry. */
export function readEntry(content: ContentFile, problems: ProblemList): Entry | undefined {
  const { file, kind } = content;
  const text = decode(content.bytes);
  if (text === undefined) {
    problems.error(file, firstBadByte(content.bytes), ...spread(messages.notUtf8()));
    return undefined;
  }
  if (text.trim() === '') {
    problems.error(file, TOP, ...spread(messages.emptyFile()));
    return undefined;
  }
  if (kind !== 'story' && !ID_PATTERN.test(content.id)) {
    problems.error(file, TOP, ...spread(messages.badFileName(content.id, slugify(content.id) || 'a-new-id')));
  }
  const fm = parseFrontMatter(text);
  if (fm.shapeError === 'missing') {
    problems.error(file, TOP, ...spread(messages.frontMatterMissing()));
    return undefined;
  }
  if (fm.shapeError === 'unterminated') {
    problems.error(file, TOP, ...spread(messages.frontMatterUnterminated()));
    return undefined;
  }
  for (const e of fm.yamlErrors) problems.error(file, e.at, ...spread(messages.yamlSyntax(e.message)));
  if (fm.yamlErrors.length > 0) return undefined;
  const raw = fm.data;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.error(file, TOP, ...spread(messages.frontMatterNotMapping()));
    return undefined;
  }

  const known = knownFields(kind);
  for (const key of Object.keys(raw).sort()) {
    if (!known.includes(key)) {
      problems.warning(file, fm.positionOf([key]), ...spread(messages.unknownField(key, didYouMean(key, known))));
    }
  }
  const parsed = schemas[kind].safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const p = zodIssueToProblem(issue);
      problems.error(file, fm.positionOf(p.path), p.code, p.message, p.hint);
    }
    return undefined;
  }
  const body = parseBody(fm.body, fm.bodyLine);
  const data = parsed.data as Record<string, unknown>;
  const name = String(data.name ?? data.title);
  const aliases = (data.aliases as string[] | undefined) ?? [];
  return {
    id: content.id as EntryId,
    kind,
    file,
    data,
    name,
    summary: typeof data.summary === 'string' ? data.summary : sourceSummary(data),
    aliases,
    body,
    positionOf: fm.positionOf,
  } as Entry;
}

