/**
 * Collecting and printing content problems. Every check adds to one list;
 * the build and the checker print them all, then fail if any is an error.
 */
import type { Message } from './messages.ts';
import { escapeUnseen } from './unseen-chars.ts';

/** A 1-based position in a content file. */
export interface Position {
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning';

/** One problem found in the content, with where it is and how to fix it. */
export interface Problem {
  severity: Severity;
  /** Path relative to the content folder, with forward slashes, e.g. `events/leak.md`. */
  file: string;
  line: number;
  column: number;
  /** A stable code tests and editors can match on, e.g. `link-unresolved`. */
  code: string;
  message: string;
  hint?: string;
}

export class ProblemList {
  readonly items: Problem[] = [];

  add(severity: Severity, file: string, at: Position, message: Message): void {
    const { code, message: text, hint } = message;
    this.items.push({ severity, file, line: at.line, column: at.column, code, message: text, ...(hint ? { hint } : {}) });
  }

  error(file: string, at: Position, message: Message): void {
    this.add('error', file, at, message);
  }

  warning(file: string, at: Position, message: Message): void {
    this.add('warning', file, at, message);
  }

  get errors(): Problem[] {
    return this.items.filter((p) => p.severity === 'error');
  }

  get warnings(): Problem[] {
    return this.items.filter((p) => p.severity === 'warning');
  }
}

/** Problems in reading order: by file, then line, then column. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/**
 * A problem as a person reads it: the texts it quotes from a file with every
 * character no one can see (zero-width, bidirectional controls, control
 * characters) written `<U+200B>`. Every report, text or JSON, goes through it.
 */
export function displayedProblem(problem: Problem): Problem {
  const { file, message, hint } = problem;
  return { ...problem, file: escapeUnseen(file), message: escapeUnseen(message), ...(hint ? { hint: escapeUnseen(hint) } : {}) };
}

/** `content/events/x.md:12:5  error  message  (hint)`: the form editors and CI read. */
export function formatProblem(problem: Problem, contentLabel = 'content'): string {
  const shown = displayedProblem(problem);
  const where = `${escapeUnseen(contentLabel)}/${shown.file}:${shown.line}:${shown.column}`;
  const hint = shown.hint ? `  (${shown.hint})` : '';
  return `${where}  ${shown.severity}  ${shown.message}${hint}`;
}

/** The whole report: errors first, then warnings, then a count. */
export function formatReport(problems: readonly Problem[], contentLabel = 'content'): string {
  const sorted = sortProblems(problems);
  const errors = sorted.filter((p) => p.severity === 'error');
  const warnings = sorted.filter((p) => p.severity === 'warning');
  const lines = [...errors, ...warnings].map((p) => formatProblem(p, contentLabel));
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(`${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}`);
  return lines.join('\n');
}
