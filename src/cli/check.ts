/**
 * `npm run check`: validates the content folder without building the site,
 * with the same code the build uses. Prints every problem as
 * `file:line:col  severity  message  (hint)`, or JSON with `--format json`.
 * Exits 1 when there is an error.
 */
import { relative } from 'node:path';
import { loadCorpus, hasErrors } from '../lib/corpus.ts';
import { formatReport } from '../lib/problems.ts';
import { readOptions } from './options.ts';

const options = readOptions();
const json = process.argv.includes('--format=json') || process.argv.join(' ').includes('--format json');
let corpus;
try {
  corpus = loadCorpus(options.contentDir);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const label = relative(process.cwd(), options.contentDir) || '.';
if (json) {
  console.log(JSON.stringify({ content: label, problems: corpus.problems.map((p) => ({ ...p, file: `${label}/${p.file}` })) }, null, 2));
} else {
  console.log(formatReport(corpus.problems, label));
}
process.exit(hasErrors(corpus) ? 1 : 0);
