/**
 * Turns Zod issues into messages an editor can act on: which field, what is
 * wrong with it, and what to write instead.
 */
import type * as z from 'zod';
import { didYouMean } from '../problems/did-you-mean.ts';
import { messages } from '../problems/messages.ts';

export interface FieldProblem {
  path: (string | number)[];
  code: string;
  message: string;
  hint?: string;
}

/** `actors[1].role` */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value}"`;
  return `the ${typeof value === 'number' ? 'number' : 'value'} ${typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' ? String(value) : typeof value}`;
}

const HINTS = {
  date: 'write YYYY-MM-DD (2023-04-09), or YYYY-MM (2023-04) when only the month is known',
  url: 'write the whole address, starting with https://',
};

/**
 * `required(field)` says whether a top-level field is required, so an empty
 * one isn't met with "remove the line".
 */
export function zodIssueToProblem(issue: z.core.$ZodIssue, required: (field: string) => boolean = () => false): FieldProblem {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const field = fieldName(path);
  const input = (issue as { input?: unknown }).input;
  // `summary:` with nothing after it: YAML reads an empty value as null.
  if (input === null && issue.code !== 'invalid_union') {
    return { path, ...messages.missingValue(field, issue.code === 'invalid_value' ? issue.values.map(String) : undefined) };
  }
  // A field not written at all: Zod says what it expected of `undefined` ("kind" is "undefined", not allowed).
  if (input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return { path, ...messages.missingField(field, issue.code === 'invalid_value' ? issue.values.map(String) : undefined) };
  }
  switch (issue.code) {
    case 'invalid_type':
      return { path, ...messages.wrongType(field, issue.expected, describe(input)) };
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const suggestion = typeof input === 'string' ? didYouMean(input.toLowerCase(), allowed) : undefined;
      return { path, ...messages.notAllowed(field, String(input), allowed, suggestion) };
    }
    case 'invalid_union':
      return { path, ...messages.badActorRef(field) };
    case 'too_small':
      return { path, ...messages.emptyField(field, path.length === 1 && required(String(path[0]))) };
    case 'invalid_format':
      return { path, ...messages.invalidField(field, issue.message, issue.format === 'url' ? HINTS.url : undefined) };
    case 'custom': {
      // A check that names its own hint (a version's address), else the story date's (see schema.ts).
      const hint = (issue.params as { hint?: unknown } | undefined)?.hint;
      return { path, ...messages.invalidField(field, issue.message, typeof hint === 'string' ? hint : HINTS.date) };
    }
    default:
      return { path, ...messages.invalidField(field, issue.message) };
  }
}
