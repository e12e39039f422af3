/**
 * The checker behind `npm run check [-- --format json]` (started by
 * `check.ts`): validates the content folder without building the site, with
 * the same code the build uses (`loadCorpus`, here reading files on every
 * core: `read-in-parallel.ts`).
 *
 * Prints every problem at once, errors first, as
 * `file:line:col  severity  message  (hint)`, then a count; or, with
 * `--format json`, one JSON object (see README, "Checking a story"). Files
 * unchanged since the last run are not parsed again (`check-cache.ts`).
 *
 * Exit codes: 0 no errors (warnings allowed), 1 content errors, 2 the check
 * could not run (the content folder is missing or unreadable, the command
 * line is wrong, or Dossier itself failed).
 */
import { formatReport, sortProblems } from '../lib/problems.ts';
import { UnusableContentFolder } from '../lib/list-content.ts';
import { displayPath, readOptions } from './options.ts';
import { openCheckCache } from './check-cache.ts';
import { startReadWorkers } from './start-read-workers.ts';

const USAGE = `Usage: npm run check [-- --format text|json] [--no-cache]

Checks the content folder (DOSSIER_CONTENT, default "content") without building.
Exit codes: 0 no errors, 1 content errors, 2 the check could not run.`;

/** `--format json`, `--format=json`, or nothing (text); `--no-cache`. */
export function parseCheckArgs(args: readonly string[]): { format: 'text' | 'json'; cache: boolean } | { usage: string } {
  let format = 'text';
  let cache = true;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') return { usage: USAGE };
    if (arg === '--no-cache') cache = false;
    else if (arg === '--format') format = args[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else return { usage: `Unknown option "${arg}".\n\n${USAGE}` };
  }
  if (format !== 'text' && format !== 'json') return { usage: `Unknown format "${format}": use text or json.\n\n${USAGE}` };
  return { format, cache };
}

/** Runs the check with the command line's arguments, and ends the process with its exit code. */
export async function runCheck(argv: readonly string[]): Promise<never> {
  const args = parseCheckArgs(argv);
  if ('usage' in args) {
    if (args.usage === USAGE) console.log(USAGE);
    else console.error(args.usage);
    process.exit(args.usage === USAGE ? 0 : 2);
  }
  const options = readOptions();
  const label = displayPath(options.contentDir);
  // The workers load the parsers while this thread loads its own: started
  // before that, they are ready about when the folder has been listed.
  const started = startReadWorkers();
  const { loadCorpusInParallel } = await import('./read-in-parallel.ts');
  const { hasErrors } = await import('../lib/corpus.ts');
  const cache = args.cache ? openCheckCache(options) : undefined;
  let corpus;
  try {
    corpus = await loadCorpusInParallel(options.contentDir, { started, ...(cache ? { cache } : {}) });
  } catch (error) {
    if (!(error instanceof UnusableContentFolder)) {
      // A bug in Dossier, not in the content: say so, and don't pass for a content error.
      console.error('Dossier failed while checking; please report this:', error);
      process.exit(2);
    }
    if (args.format === 'json') console.log(JSON.stringify({ content: label, fatal: error.detail }, null, 2));
    else console.error(`error  ${error.message}`);
    process.exit(2);
  }
  cache?.save();
  if (args.format === 'json') {
    const sorted = sortProblems(corpus.problems);
    const errors = sorted.filter((p) => p.severity === 'error');
    const warnings = sorted.filter((p) => p.severity === 'warning');
    const problems = [...errors, ...warnings].map((p) => ({ ...p, file: `${label}/${p.file}` }));
    console.log(JSON.stringify({ content: label, errors: errors.length, warnings: warnings.length, problems }, null, 2));
  } else {
    console.log(formatReport(corpus.problems, label));
  }
  process.exit(hasErrors(corpus) ? 1 : 0);
}
