/**
 * `npm run build`: `astro build`, run through Astro's JavaScript API, with
 * Dossier's options checked first and its failures told in a few lines (no
 * stack trace). The site is the one `astro build` makes: the integration
 * does the work (`src/integration/`).
 *
 * Exit codes, as `npm run check`: 0 built, 1 content errors or a failed
 * build (the previous output is left as it was), 2 the build could not start
 * (an option can't be used).
 */
import { build } from 'astro';
import { exitWhenWritten } from './exit.ts';
import { displayPath, readOptionsOrReport } from '../integration/options.ts';
import { outDirProblem } from '../integration/out-dir.ts';
import { discardStaging, outputPath } from '../integration/output-folder.ts';
import { CONTENT_ERRORS } from '../integration/content-errors.ts';
import { unusableFolder } from '../entries/list-files.ts';

const USAGE = `Usage: npm run build [-- --verbose] [--force]

Builds the site from the content folder (DOSSIER_CONTENT) into DOSSIER_OUT (default dist/).
--verbose  print Astro's and Dossier's progress
--force    start from an empty content store (every file parsed and rendered again)`;

const args = process.argv.slice(2);

/** The build, as the command runs it; returns its exit code. */
async function main(): Promise<number> {
  const unknown = args.find((arg) => !['--verbose', '--force', '--help', '-h'].includes(arg));
  if (unknown || args.includes('--help') || args.includes('-h')) {
    (unknown ? console.error : console.log)(`${unknown ? `Unknown option "${unknown}".\n\n` : ''}${USAGE}`);
    return unknown ? 2 : 0;
  }
  const started = performance.now();
  const options = readOptionsOrReport();
  if (!options) return 2;
  const out = displayPath(options.outDir);
  const unusable = unusableFolder(options.contentDir);
  if (unusable) {
    console.error(`error  ${unusable.message}  (${unusable.hint})`);
    return 2;
  }
  const refused = outDirProblem(options.outDir, options.projectRoot, options.contentDir);
  if (refused) {
    console.error(`error  ${refused}`);
    return 2;
  }

  try {
    await build({
      root: options.projectRoot,
      logLevel: args.includes('--verbose') ? 'info' : 'warn',
      ...(args.includes('--force') ? { force: true } : {}),
    });
  } catch (error) {
    const { message, hint } = error as Error & { hint?: string };
    if (message.startsWith(CONTENT_ERRORS)) {
      console.error(message.slice(CONTENT_ERRORS.length).trimStart());
      console.error(`\nThe build stopped: fix the errors above. ${out}/ was left as it was.`);
    } else {
      console.error(`\nThe build failed: ${message}${hint ? `\n${hint}` : ''}`);
      console.error(`${out}/ was left as it was.`);
    }
    // What the failed build had written, beside the output: the next build would empty it anyway.
    discardStaging(outputPath(options.outDir));
    return 1;
  }
  if (!options.site) {
    console.warn(
      'warning: DOSSIER_SITE is not set, so the site got no sitemap.xml, canonical links or og:url (set it to the address the site is served from, e.g. https://example.org).',
    );
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Built ${displayPath(options.contentDir)}/ into ${out}/ in ${seconds} s. Preview it with: npm run preview`);
  return 0;
}

const code = await main();
// A successful build ends by itself; a failed one may leave Astro's workers running.
if (code !== 0) await exitWhenWritten(code);
