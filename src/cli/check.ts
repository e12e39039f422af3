/**
 * `npm run check [-- --format json]`: validates the content folder without
 * building the site, with the same code the build uses (`loadCorpus`).
 *
 * Prints every problem at once, errors first, as
 * `file:line:col  severity  message  (hint)`, then a count; or, with
 * `--format json`, one JSON object (see docs/content.md, "Checking a story").
 *
 * Exit codes: 0 no errors (warnings allowed), 1 content errors, 2 the check
 * could not run (the content folder is missing or unreadable, an option or
 * the command line is wrong).
 */
import { displayedProblem, formatReport, sortProblems } from '../problems/problems.ts';
import { UnusableContentFolder } from '../entries/list-files.ts';
import { assembleCorpus, hasErrors, loadMedia } from '../model/corpus.ts';
import { listContentFiles } from '../entries/list-files.ts';
import { startReaders } from '../model/read-in-threads.ts';
import { ProblemList } from '../problems/problems.ts';
import { displayPath, readOptionsOrReport } from '../integration/options.ts';

const USAGE = `Usage: npm run check [-- --format text|json]

Checks the content folder (DOSSIER_CONTENT, default "content") without building.
Exit codes: 0 no errors, 1 content errors, 2 the check could not run.`;

/** `--format json`, `--format=json`, or nothing (text). */
export function parseCheckArgs(args: readonly string[]): { format: 'text' | 'json' } | { usage: string } {
  let format = 'text';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') return { usage: USAGE };
    if (arg === '--format') format = args[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else return { usage: `Unknown option "${arg}".\n\n${USAGE}` };
  }
  if (format !== 'text' && format !== 'json') return { usage: `Unknown format "${format}": use text or json.\n\n${USAGE}` };
  return { format };
}

/** Runs the check with the command line's arguments; returns its exit code. */
export async function runCheck(argv: readonly string[]): Promise<number> {
  const args = parseCheckArgs(argv);
  if ('usage' in args) {
    if (args.usage === USAGE) console.log(USAGE);
    else console.error(args.usage);
    return args.usage === USAGE ? 0 : 2;
  }
  const options = readOptionsOrReport();
  if (!options) return 2;
  const { contentDir } = options;
  const label = displayPath(contentDir);
  let corpus;
  try {
    // The same reading as a build's, on every core (read-in-threads.ts).
    const listed = new ProblemList();
    const files = listContentFiles(contentDir, listed);
    const readers = startReaders(files.length);
    try {
      const [reads, media] = await Promise.all([readers.read(files), loadMedia(contentDir, listed)]);
      corpus = assembleCorpus(contentDir, reads, listed, media);
    } finally {
      await readers.close();
    }
  } catch (error) {
    if (!(error instanceof UnusableContentFolder)) throw error;
    if (args.format === 'json') console.log(JSON.stringify({ content: label, fatal: error.detail }, null, 2));
    else console.error(`error  ${error.message}`);
    return 2;
  }
  if (args.format === 'json') {
    const sorted = sortProblems(corpus.problems);
    const errors = sorted.filter((p) => p.severity === 'error');
    const warnings = sorted.filter((p) => p.severity === 'warning');
    const problems = [...errors, ...warnings].map(displayedProblem).map((p) => ({ ...p, file: `${label}/${p.file}` }));
    console.log(JSON.stringify({ content: label, errors: errors.length, warnings: warnings.length, problems }, null, 2));
  } else {
    console.log(formatReport(corpus.problems, label));
  }
  return hasErrors(corpus) ? 1 : 0;
}

if (import.meta.main) process.exitCode = await runCheck(process.argv.slice(2));
