/**
 * Splits a content file into front matter and body with gray-matter, parsing
 * the YAML with `yaml` so every field keeps its line and column for errors.
 */
import matter from 'gray-matter';
import { parseDocument, isMap, isSeq, isScalar, type Document, type Node as YamlNode } from 'yaml';
import type { Position } from './types.ts';

export interface FrontMatter {
  /** The parsed front matter (an object), or undefined when there is none. */
  data: Record<string, unknown> | undefined;
  /** The Markdown body, after the closing `---`. */
  body: string;
  /** The 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** Where a field is, by path (`['actors', 2, 'id']`); the field's value if it has one. */
  positionOf(path: readonly (string | number)[]): Position;
  /** Syntax problems in the YAML, with positions in the file. */
  yamlErrors: { message: string; at: Position }[];
  /** Set when the file is not in `---` front matter form. */
  shapeError?: 'missing' | 'unterminated';
}

const START = { line: 1, column: 1 };

/** Offsets in `text` to 1-based line/column, by binary search over line starts. */
export function lineLocator(text: string, firstLine = 1): (offset: number) => Position {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
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

/**
 * Reads front matter. `text` must already have its byte-order mark removed
 * and CRLF line endings turned into LF (see `readContentFile`).
 */
export function parseFrontMatter(text: string): FrontMatter {
  const opensFrontMatter = /^---[ \t]*\n/.test(text) || text === '---';
  if (!opensFrontMatter) {
    return { data: undefined, body: text, bodyLine: 1, positionOf: () => START, yamlErrors: [], shapeError: 'missing' };
  }
  if (!/\n---[ \t]*(?:\n|$)/.test(text.slice(3))) {
    return { data: undefined, body: '', bodyLine: 1, positionOf: () => START, yamlErrors: [], shapeError: 'unterminated' };
  }

  let doc: Document | undefined;
  // gray-matter finds the delimiters; `yaml` parses with the core schema, so
  // dates stay strings (no time zones) and positions are kept.
  const file = matter(text, {
    engines: {
      yaml: (source: string) => {
        doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
        return (doc.toJS() ?? {}) as object;
      },
    },
  });
  // The raw YAML starts right after the opening `---`, on line 1.
  const locate = lineLocator(file.matter, 1);
  const bodyStart = text.length - file.content.length;
  const bodyLine = lineLocator(text)(bodyStart).line;

  const yamlErrors = (doc?.errors ?? []).map((e) => ({
    message: e.message.split('\n')[0]!,
    at: locate(e.pos[0]),
  }));
  const positionOf = (path: readonly (string | number)[]): Position => {
    if (!doc) return START;
    // Walk down as far as the path exists, so a missing field points at its parent.
    let node: unknown = doc.contents;
    let found: YamlNode | undefined = undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
        if (!pair) break;
        found = (pair.value ?? pair.key) as YamlNode;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as YamlNode | undefined;
        if (!item) break;
        found = item;
        node = item;
      } else break;
    }
    const range = found?.range;
    return range ? locate(range[0]) : START;
  };
  const data = doc && doc.errors.length === 0 ? (file.data as Record<string, unknown>) : undefined;
  return { data, body: file.content, bodyLine, positionOf, yamlErrors };
}
