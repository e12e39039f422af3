/**
 * Splits a content file into front matter and body with gray-matter, and
 * reads the YAML with `yaml` (its core schema: dates stay strings, no time
 * zones), whose documents keep positions: where each field is, and what
 * exactly is wrong with YAML that does not parse. gray-matter is given
 * options, so it keeps no cache of the files it reads.
 */
import matter from 'gray-matter';
import { parseDocument, isMap, isSeq, isScalar, type Document, type Node as YamlNode } from 'yaml';
import type { Position } from '../problems/problems.ts';
import { findFieldChars, type FieldChar } from './front-matter-chars.ts';

export interface FrontMatter {
  /** The parsed front matter (an object), or undefined when there is none. */
  data: Record<string, unknown> | undefined;
  /** The Markdown body, after the closing `---`. */
  body: string;
  /** The 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** Where a field is, by path (`['actors', 2, 'id']`); the field's value if it has one. */
  positionOf: (path: readonly (string | number)[]) => Position;
  /** Syntax problems in the YAML, with positions in the file. */
  yamlErrors: { code: string; message: string; at: Position }[];
  /** Control and invisible characters in fields, each where the file holds it. */
  fieldChars: (FieldChar & { at: Position })[];
  /** Set when the file is not in `---` front matter form. */
  shapeError?: 'missing' | 'unterminated';
}

const START = { line: 1, column: 1 };
const OPENING = /^---[ \t]*(?:\n|$)/;
const CLOSING = /\n---[ \t]*(?:\n|$)/;

/** Offsets in `text` to 1-based line/column, by binary search over line starts. */
export function lineLocator(text: string, firstLine = 1): (offset: number) => Position {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: firstLine + lo, column: offset - starts[lo]! + 1 };
  };
}

/** A path as a map key: `actors\u00000\u0000id`. */
const pathKey = (path: readonly (string | number)[]) => path.join('\u0000');

/**
 * Where every field and list item of a YAML document starts (its value's
 * offset, or its key's when it has no value), by path. Plain data, so an
 * entry keeps this table rather than the whole YAML document.
 */
function fieldOffsets(root: unknown): Map<string, number> {
  const offsets = new Map<string, number>();
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const at = ((pair.value ?? pair.key) as YamlNode).range?.[0];
        if (at !== undefined) offsets.set(pathKey([...path, key]), at);
        walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const at = (item as YamlNode | null)?.range?.[0];
        if (at !== undefined) offsets.set(pathKey([...path, i]), at);
        walk(item, [...path, i]);
      });
    }
  };
  walk(root, []);
  return offsets;
}

/**
 * Reads front matter. `text` must already have its byte-order mark removed
 * and CRLF line endings turned into LF (see `read-entry.ts`).
 */
export function parseFrontMatter(text: string): FrontMatter {
  if (!OPENING.test(text)) {
    return { data: undefined, body: text, bodyLine: 1, positionOf: () => START, yamlErrors: [], fieldChars: [], shapeError: 'missing' };
  }
  const close = CLOSING.exec(text.slice(3));
  if (!close) {
    return { data: undefined, body: '', bodyLine: 1, positionOf: () => START, yamlErrors: [], fieldChars: [], shapeError: 'unterminated' };
  }
  // gray-matter finds the delimiters and hands the YAML to its engine. The
  // YAML starts right after the opening `---`, so its line 1 is the file's line 1.
  let doc: Document | undefined;
  // Only the front matter is handed over: gray-matter looks every text it is
  // given up in its cache, which costs a hash of the whole file.
  const block = text.slice(0, 3 + close.index + close[0].length);
  const file = matter(block, {
    engines: {
      yaml: (source: string) => {
        doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true, schema: 'core' });
        return {};
      },
    },
  });
  const yaml = file.matter;
  const document = doc ?? parseDocument('');
  const bodyStart = block.length - file.content.length;
  let bodyLine = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < bodyStart; i = text.indexOf('\n', i + 1)) bodyLine++;
  const body = text.slice(bodyStart);

  let locate: ((offset: number) => Position) | undefined;
  const at = (offset: number) => (locate ??= lineLocator(yaml, 1))(offset);
  if (document.errors.length > 0) {
    return { data: undefined, body, bodyLine, positionOf: () => START, yamlErrors: describeErrors(yaml, document, at), fieldChars: [] };
  }
  let offsets: Map<string, number> | undefined;
  const positionOf = (path: readonly (string | number)[]): Position => {
    offsets ??= fieldOffsets(document.contents);
    // The deepest part of the path that exists, so a missing field points at its parent.
    for (let n = path.length; n > 0; n--) {
      const offset = offsets.get(pathKey(path.slice(0, n)));
      if (offset !== undefined) return at(offset);
    }
    return START;
  };
  const fieldChars = findFieldChars(document.contents, yaml).map((c) => ({ ...c, at: at(c.offset) }));
  return { data: (document.toJS() ?? {}) as Record<string, unknown>, body, bodyLine, positionOf, yamlErrors: [], fieldChars };
}

/** `yaml`'s syntax errors in `source`, one per line, with positions in the file. */
function describeErrors(source: string, doc: Document, at: (offset: number) => Position): FrontMatter['yamlErrors'] {
  const yamlErrors: FrontMatter['yamlErrors'] = [];
  for (const e of doc.errors) {
    // An unclosed `[` or `{` is found where YAML gave up, lines later: point at the bracket.
    const flow = /^Flow (sequence|mapping)/.exec(e.message);
    const opening = flow ? source.lastIndexOf(flow[1] === 'sequence' ? '[' : '{', e.pos[0]) : -1;
    const where = at(opening === -1 ? e.pos[0] : opening);
    // One problem per line is enough: the others are usually echoes of the first.
    if (yamlErrors.some((known) => known.at.line === where.line)) continue;
    yamlErrors.push({ code: e.code, message: e.message.split('\n')[0]!, at: where });
  }
  return yamlErrors;
}
