/**
 * Control and invisible characters in front-matter fields, where the file
 * holds them: a character written as is, or as an escape in a double-quoted
 * value (`"CNN\u200B"`), is found at its own line and column, in field names
 * and values alike. Comments are left alone: they reach no page.
 */
import { isMap, isScalar, isSeq, type Scalar } from 'yaml';
import { CONTROL_CHAR } from '../problems/unseen-chars.ts';
import { findUnseenChars, hasUnseenChars, joinsLetters, neighbours, type UnseenChar } from './control-chars.ts';

/** A control or invisible character in a field, with the field's path. */
export interface FieldChar extends UnseenChar {
  /** The field it is in (`['aliases', 1]`); for a field name, the path the name starts. */
  path: (string | number)[];
  /** Set when the character is in a field's name rather than its value. */
  inName?: boolean;
}

/** YAML's escapes in double-quoted text (https://yaml.org/spec/1.2.2/#escaped-characters). */
const ESCAPE = /\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/gsu;
const SHORT: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v', N: '\x85' };

/** The characters of one scalar, as written from `start` in `source`: escapes decoded where YAML decodes them. */
function scalarChars(source: string, scalar: Scalar): UnseenChar[] {
  const [start, end] = scalar.range!;
  const written = source.slice(start, end);
  const found = findUnseenChars(written).map((c) => ({ ...c, offset: start + c.offset }));
  if (scalar.type !== 'QUOTE_DOUBLE' || !written.includes('\\')) return found;
  for (const match of written.matchAll(ESCAPE)) {
    const code = match[1]!;
    const char = code.length > 1 ? String.fromCodePoint(parseInt(code.slice(1), 16)) : SHORT[code];
    if (char === undefined || !hasUnseenChars(char)) continue;
    const [before, after] = neighbours(written, match.index, match.index + match[0].length);
    found.push({
      offset: start + match.index,
      char,
      kind: CONTROL_CHAR.test(char) ? 'control' : 'invisible',
      ...(joinsLetters(char, before, after) ? { joinsLetters: true } : {}),
    });
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/**
 * Every control and invisible character in the fields of a YAML document's
 * root (`contents`), whose text is `source`.
 */
export function findFieldChars(root: unknown, source: string): FieldChar[] {
  // Nearly every file holds none: one scan of the text says so. A backslash may be an escape of one.
  if (!hasUnseenChars(source) && !source.includes('\\')) return [];
  const found: FieldChar[] = [];
  const scalar = (node: unknown, path: (string | number)[], inName = false) => {
    if (!isScalar(node) || !node.range || typeof node.value !== 'string') return;
    for (const c of scalarChars(source, node)) found.push({ ...c, path, ...(inName ? { inName } : {}) });
  };
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '?';
        scalar(pair.key, [...path, key], true);
        walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    } else {
      scalar(node, path);
    }
  };
  walk(root, []);
  return found;
}
