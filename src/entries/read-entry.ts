/**
 * Reads an entry file (found by `list-files.ts`): its bytes decoded, its
 * front matter parsed and validated. The Markdown body is returned as text,
 * for the markdown stage to parse. Problems are collected, never thrown, so
 * an editor sees all of them at once.
 */
import { isUtf8 } from 'node:buffer';
import type { ContentFile } from './list-files.ts';
import { parseFrontMatter } from './front-matter.ts';
import { ProblemList, type Position, type Problem } from '../problems/problems.ts';
import { ID_PATTERN, isRequired, RESERVED_IDS, schemas } from './schema.ts';
import { messages } from '../problems/messages.ts';
import { fieldName, zodIssueToProblem } from './zod-problems.ts';
import { unknownFields } from './unknown-fields.ts';
import type { FrontMatter } from './front-matter.ts';
import { didYouMean } from '../problems/did-you-mean.ts';
import { slugify } from './slugify.ts';
import type { EntryKind } from './entry-kinds.ts';

const TOP: Position = { line: 1, column: 1 };
const decoder = new TextDecoder('utf-8');

/**
 * Where the first invalid UTF-8 byte is, as a line and column. A plain scan of
 * lead and continuation bytes: enough to point an editor at the bad spot.
 */
function firstBadByte(bytes: Uint8Array): Position {
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length;) {
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

/** The fields readers know an entry by: an invisible character there makes a name that looks right but matches nothing. */
const NAME_FIELD = /^(name|title|aliases)$/;

/**
 * Control characters in any field are errors (pages can't hold them);
 * invisible ones are warnings in names, titles and aliases, except a
 * joiner inside a word of a script that writes with it (Persian, Hindi...).
 */
function reportFieldChars(fm: FrontMatter, file: string, problems: ProblemList): void {
  for (const c of fm.fieldChars) {
    const field = fieldName(c.path);
    if (c.kind === 'control') problems.error(file, c.at, messages.controlChar(field, c.char, c.inName));
    else if (!c.inName && NAME_FIELD.test(String(c.path[0])) && !c.joinsLetters) {
      problems.warning(file, c.at, messages.invisibleChar(field, String(valueAt(fm.data, c.path)), c.char));
    }
  }
}

/** The value at a path of the front matter as parsed. */
function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], data);
}

/** A source without a summary is described by who published it, and when. */
function sourceSummary(data: Record<string, unknown>): string {
  const parts = [data.publisher, data.published].filter((p): p is string => typeof p === 'string');
  return parts.length > 0 ? `Published by ${parts.join(', ')}.` : '';
}

/** The front matter of a file that became an entry: validated, with what readers see. */
export interface EntryFields {
  /** The validated front matter (defaults filled in). */
  data: Record<string, unknown>;
  /** The name or title readers see. */
  name: string;
  summary: string;
  aliases: string[];
}

/** What reading one file found. */
export interface FileRead {
  file: string;
  kind: EntryKind;
  id: string;
  /** Set when the file is an entry; otherwise `problems` say why not. */
  fields?: EntryFields;
  /**
   * For a file that is no entry: the names it declares, so links to it are
   * not reported a second time as "matches no entry".
   */
  names: string[];
  /** The Markdown body and the line of the file it starts on, when the file has front matter. */
  body?: { text: string; line: number };
  /** Where a front-matter field is in the file. */
  positionOf: (path: readonly (string | number)[]) => Position;
  problems: Problem[];
}

/** Reads, decodes and validates one file's front matter; problems go in the result. */
export function readEntry(content: ContentFile): FileRead {
  const { file, kind, id } = content;
  const problems = new ProblemList();
  const result = (rest: Partial<FileRead> = {}): FileRead => ({
    file,
    kind,
    id,
    names: [],
    positionOf: () => TOP,
    ...rest,
    problems: problems.items,
  });
  if (content.unreadable !== undefined) {
    problems.error(file, TOP, messages.unreadable(content.unreadable || undefined));
    return result();
  }
  const text = decode(content.bytes);
  if (text === undefined) {
    problems.error(file, firstBadByte(content.bytes), messages.notUtf8());
    return result();
  }
  if (text.trim() === '') {
    problems.error(file, TOP, messages.emptyFile());
    return result();
  }
  if (kind !== 'story' && !ID_PATTERN.test(id)) {
    problems.error(file, TOP, messages.badFileName(id, slugify(id) || 'a-new-id'));
  }
  const reserved = kind !== 'story' && RESERVED_IDS.includes(id);
  if (reserved) problems.error(file, TOP, messages.reservedId(id, kind));
  const fm = parseFrontMatter(text);
  if (fm.shapeError === 'missing') {
    problems.error(file, TOP, messages.frontMatterMissing());
    return result();
  }
  if (fm.shapeError === 'unterminated') {
    problems.error(file, TOP, messages.frontMatterUnterminated());
    return result();
  }
  const body = { text: fm.body, line: fm.bodyLine };
  for (const e of fm.yamlErrors) problems.error(file, e.at, messages.yamlSyntax(e.code, e.message));
  if (fm.yamlErrors.length > 0) return result({ body });
  const raw = fm.data;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.error(file, TOP, messages.frontMatterNotMapping());
    return result({ body });
  }

  for (const { path, known } of unknownFields(schemas[kind], raw)) {
    const key = String(path.at(-1));
    problems.warning(file, fm.positionOf(path), messages.unknownField(fieldName(path), didYouMean(key, known)));
  }
  reportFieldChars(fm, file, problems);
  const parsed = schemas[kind].safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const { path, ...message } = zodIssueToProblem(issue, (field) => isRequired(kind, field));
      problems.error(file, fm.positionOf(path), message);
    }
    const declared: unknown[] = [raw.name, raw.title, ...(Array.isArray(raw.aliases) ? (raw.aliases as unknown[]) : [])];
    return result({ body, names: declared.filter((n): n is string => typeof n === 'string'), positionOf: fm.positionOf });
  }
  const data = parsed.data as Record<string, unknown>;
  const fields: EntryFields = {
    data,
    name: String(data.name ?? data.title),
    summary: typeof data.summary === 'string' ? data.summary : sourceSummary(data),
    aliases: (data.aliases as string[] | undefined) ?? [],
  };
  // Not an entry, so story.md keeps its id, and links to this file are not reported again.
  if (reserved) return result({ body, names: [fields.name, ...fields.aliases], positionOf: fm.positionOf });
  return result({ fields, body, positionOf: fm.positionOf });
}
