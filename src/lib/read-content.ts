/**
 * Reads an entry file (found by `list-content.ts`) into a validated entry.
 * Problems are collected, never thrown, so an editor sees all of them at once.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import type { Entry } from './entry.ts';
import type { ContentFile } from './list-content.ts';
import { parseFrontMatter } from './front-matter.ts';
import { parseBody, type ParsedBody } from './parse-body.ts';
import { ProblemList } from './problems.ts';
import { ID_PATTERN, isRequired, knownFields, schemas } from './schema.ts';
import { messages, spread } from './messages.ts';
import { zodIssueToProblem } from './zod-problems.ts';
import { didYouMean } from './did-you-mean.ts';
import { slugify } from './slugify.ts';
import type { EntryId, EntryKind, Position } from './types.ts';

const TOP: Position = { line: 1, column: 1 };
const decoder = new TextDecoder('utf-8');

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
export function decode(bytes: Uint8Array): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  const text = decoder.decode(bytes);
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** A source without a summary is described by who published it, and when. */
function sourceSummary(data: Record<string, unknown>): string {
  const parts = [data.publisher, data.published].filter((p): p is string => typeof p === 'string');
  return parts.length > 0 ? `Published by ${parts.join(', ')}.` : '';
}

/**
 * A file that could not become an entry: its id and the names it declares,
 * so links to it are not reported a second time as "matches no entry", and
 * its body, whose links are still checked.
 */
export interface InvalidEntry {
  file: string;
  id: string;
  names: string[];
  body?: ParsedBody;
}

/**
 * Reads, parses and validates one file; returns undefined if it can't become
 * an entry (and then, given `invalid`, adds what is known of it there).
 */
export function readEntry(content: ContentFile, problems: ProblemList, invalid?: InvalidEntry[]): Entry | undefined {
  const { file, kind } = content;
  const failed = (names: string[] = [], body?: ParsedBody) => {
    invalid?.push({ file, id: content.id, names, ...(body ? { body } : {}) });
    return undefined;
  };
  const text = decode(content.bytes);
  if (text === undefined) {
    problems.error(file, firstBadByte(content.bytes), ...spread(messages.notUtf8()));
    return failed();
  }
  if (text.trim() === '') {
    problems.error(file, TOP, ...spread(messages.emptyFile()));
    return failed();
  }
  if (kind !== 'story' && !ID_PATTERN.test(content.id)) {
    problems.error(file, TOP, ...spread(messages.badFileName(content.id, slugify(content.id) || 'a-new-id')));
  }
  const fm = parseFrontMatter(text);
  if (fm.shapeError === 'missing') {
    problems.error(file, TOP, ...spread(messages.frontMatterMissing()));
    return failed();
  }
  if (fm.shapeError === 'unterminated') {
    problems.error(file, TOP, ...spread(messages.frontMatterUnterminated()));
    return failed();
  }
  const body = parseBody(fm.body, fm.bodyLine);
  for (const note of body.notes) problems.add(note.severity, file, note.at, ...spread(note.message));
  for (const e of fm.yamlErrors) problems.error(file, e.at, ...spread(messages.yamlSyntax(e.code, e.message)));
  if (fm.yamlErrors.length > 0) return failed([], body);
  const raw = fm.data;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.error(file, TOP, ...spread(messages.frontMatterNotMapping()));
    return failed([], body);
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
      const p = zodIssueToProblem(issue, (field) => isRequired(kind, field));
      problems.error(file, fm.positionOf(p.path), p.code, p.message, p.hint);
    }
    const declared = [raw.name, raw.title, ...(Array.isArray(raw.aliases) ? raw.aliases : [])];
    return failed(declared.filter((n): n is string => typeof n === 'string'), body);
  }
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
    digest: createHash('sha1').update(content.bytes).digest('base64url'),
    positionOf: fm.positionOf,
  } as Entry;
}

