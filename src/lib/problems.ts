/**
 * Collecting and printing content problems. Every check adds to one list;
 * the build and the checker print them all, then fail if any is an error.
 */
import type { Position, Problem, Severity } from './types.ts';

export class ProblemList {
  readonly items: Problem[] = [];

  add(severity: Severity, file: string, at: Position, code: string, message: string, hint?: string): void {
    this.items.push({ severity, file, line: at.line, column: at.column, code, message, ...(hint ? { hint } : {}) });
  }

  error(file: string, at: Position, code: string, message: string, hint?: string): void {
    this.add('error', file, at, code, message, hint);
  }

  warning(file: string, at: Position, code: string, message: string, hint?: string): void {
    this.add('warning', file, at, code, message, hint);
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

/** `content/events/x.md:12:5  error  message  (hint)`: the form editors and CI read. */
export function formatProblem(problem: Problem, contentLabel = 'content'): string {
  const where = `${contentLabel}/${problem.file}:${problem.line}:${problem.column}`;
  const hint = problem.hint ? `  (${problem.hint})` : '';
  return `${where}  ${problem.severity}  ${problem.message}${hint}`;
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
