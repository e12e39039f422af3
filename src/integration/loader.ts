/**
 * Dossier's loader for Astro's content layer. It reads the whole content
 * folder with the pure core (files → entries → checks), renders every body,
 * and keeps each entry in the store with two digests:
 *
 * - the digest of the file's bytes, beside what reading it found (its
 *   links, citations and problems): a file whose bytes did not change since
 *   the last load (a rebuild, or an edit in `npm run dev`) is not parsed again;
 * - the store's own `digest`, of everything its page body depends on: its
 *   bytes, what each of its cross-links resolves to, the title of each
 *   source it cites, the base path and Dossier's rendering code. A body is
 *   rendered again only when that changes: renaming an actor renders again
 *   every body that links to it, and nothing else.
 *
 * In a build, content with errors stops the build before any page is
 * written, with every problem listed. In `npm run dev` it does not stop the
 * server: the last good entries stay, and the problems are stored in the
 * `$status` record for every page to show (`DevProblems.astro`); fixing them
 * recovers without a restart. The integration re-runs the loader when a
 * content file changes (`astro:server:setup`).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listContentFiles, UnusableContentFolder, type ContentFile } from '../entries/list-files.ts';
import { assembleCorpus, hasErrors, loadMedia, type Corpus } from '../model/corpus.ts';
import type { ReadEntry } from '../model/entry.ts';
import { picturesOf } from './stored-pictures.ts';
import type { ContentRead } from '../model/read-content-file.ts';
import { renderAnswers } from '../model/render-entries.ts';
import { startReaders, type Readers } from '../model/read-in-threads.ts';
import { positionsOf, type RenderJob } from '../model/reader-thread.ts';
import { formatProblem, formatReport, ProblemList, sortProblems, type Problem } from '../problems/problems.ts';
import { displayPath, readOptions } from './options.ts';
import { STATUS_ID, type StoredEntry, type StoredStatus } from './stored-entry.ts';
import { CONTENT_ERRORS } from './content-errors.ts';

/** The folders whose code makes the pages' bodies: a change there renders every body again. */
const RENDERING_CODE = ['entries', 'i18n', 'markdown', 'model', 'problems'];

export function dossierLoader(): Loader {
  return {
    name: 'dossier',
    async load(context) {
      await load(context, readOptions(undefined, fileURLToPath(context.config.root)).contentDir);
    },
  };
}

/**
 * Reads the content folder, checks it, and stores what changed. In a build,
 * problems stop it (an `AstroError` listing them all); in `astro dev`
 * (`context.watcher` is set) they are stored for the pages to show.
 */
async function load(context: LoaderContext, root: string): Promise<void> {
  const dev = context.watcher !== undefined;
  const started = performance.now();
  // The version of the story the pages show: what the store holds, and the problems.
  const status = (errors: string[], warnings: string[]): StoredStatus => {
    const held = [...context.store.entries()].filter(([id]) => id !== STATUS_ID).map(([id, entry]) => [id, entry.digest]);
    return { kind: 'status', root, errors, warnings, revision: context.generateDigest({ held, errors, warnings }) };
  };
  let files: ContentFile[];
  const listed = new ProblemList();
  try {
    files = listContentFiles(root, listed);
  } catch (error) {
    if (!(error instanceof UnusableContentFolder)) throw error;
    if (!dev) throw new AstroError(error.detail.message, error.detail.hint);
    context.logger.error(error.message);
    context.store.set({ id: STATUS_ID, data: status([`${root}  error  ${error.message}`], []) });
    return;
  }
  const state = fileStates(context, files);
  const changed = files.filter((file) => !state.get(file.file)!.stored);
  const readers = startReaders(changed.length);
  try {
    const [readsOfChanged, media] = await Promise.all([readers.read(changed), loadMedia(root, listed)]);
    const fresh = new Map(readsOfChanged.map((read, i) => [changed[i]!.file, read]));
    const reads = files.map((file): ContentRead => {
      const { stored } = state.get(file.file)!;
      const read = stored ? { entry: entryFromStore(file, stored), problems: stored.read.problems } : fresh.get(file.file)!;
      state.get(file.file)!.problems = read.problems;
      return read;
    });
    const corpus = assembleCorpus(root, reads, listed, media);
    const label = displayPath(root);
    const lines = (severity: string) =>
      sortProblems(corpus.problems)
        .filter((p) => p.severity === severity)
        .map((p) => formatProblem(p, label));
    if (hasErrors(corpus)) {
      const report = formatReport(corpus.problems, label);
      if (!dev) throw new AstroError(`${CONTENT_ERRORS}\n${report}`, 'Fix the errors above; nothing was written.');
      context.logger.error(`${CONTENT_ERRORS}\n${report}`);
      // The last good pages are this story's only: what the store holds of another (a dev store outlives its server) goes.
      const held = context.store.get<StoredStatus>(STATUS_ID)?.data;
      if (held && held.root !== root) context.store.clear();
      context.store.set({ id: STATUS_ID, data: status(lines('error'), lines('warning')) });
      return;
    }
    if (corpus.problems.length > 0) context.logger.warn(formatReport(corpus.problems, label));
    const rendered = await storeEntries(context, corpus, state, readers);
    context.store.set({ id: STATUS_ID, data: status([], dev ? lines('warning') : []) });
    context.logger.info(
      `${corpus.entries.length} entries from ${label} (${rendered} rendered) in ${Math.round(performance.now() - started)} ms`,
    );
  } finally {
    await readers.close();
  }
}

/** What the loader keeps of a file while it loads: its bytes, their digest, what reading it found, and the store's record when it is unchanged. */
interface FileState {
  bytes: Uint8Array;
  digest: string;
  stored: StoredEntry | undefined;
  problems: Problem[];
}

/**
 * Each file's digest, and what the store holds of it when its bytes are the
 * ones it was read from; by path, as two files may claim one id.
 */
function fileStates(context: LoaderContext, files: readonly ContentFile[]): Map<string, FileState> {
  // What a file was read into depends on the code that read it too (a new field's default, a new check).
  const code = codeDigest(context);
  return new Map(
    files.map((file) => {
      // Bytes as a string of the same length, one character a byte: what `generateDigest` takes.
      const digest = context.generateDigest(
        `${code}\u0000${Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).toString('latin1')}`,
      );
      const held = context.store.get<StoredEntry>(file.id)?.data;
      const stored = held?.read?.digest === digest && held.file === file.file ? held : undefined;
      return [file.file, { bytes: file.bytes, digest, stored, problems: [] }];
    }),
  );
}

/** An unchanged file's entry, from what the store kept of it; where its fields are is read again only if asked. */
function entryFromStore(file: ContentFile, stored: StoredEntry): ReadEntry {
  return {
    id: file.id,
    kind: stored.kind,
    file: stored.file,
    data: stored.fields,
    name: stored.name,
    summary: stored.summary,
    aliases: stored.aliases,
    body: { links: stored.read.links, citations: stored.read.citations, figures: stored.read.figures },
    positionOf: positionsOf(file),
  } as ReadEntry;
}

/**
 * Renders the bodies whose digest changed and stores them; deletes what the
 * content no longer holds. Returns how many bodies were rendered.
 */
async function storeEntries(context: LoaderContext, corpus: Corpus, files: Map<string, FileState>, readers: Readers): Promise<number> {
  const { store, config } = context;
  const generateDigest = (data: Record<string, unknown> | string) => context.generateDigest(data);
  const code = codeDigest(context);
  const kept = new Set<string>([STATUS_ID]);
  const jobs: { entry: ReadEntry; digest: string; job: RenderJob }[] = [];
  for (const entry of corpus.entries) {
    kept.add(entry.id);
    const file = files.get(entry.file)!;
    const answers = renderAnswers(entry, corpus.index, { base: config.base });
    const digest = generateDigest({ file: file.digest, answers, base: config.base, code });
    if (store.get(entry.id)?.digest === digest) continue;
    jobs.push({
      entry,
      digest,
      job: { id: entry.id, story: entry.kind === 'story', ...answers, ...(file.stored ? { bytes: file.bytes } : {}) },
    });
  }
  const bodies = await readers.render(jobs.map((j) => j.job));
  const projectRoot = fileURLToPath(config.root);
  for (const [i, { entry, digest }] of jobs.entries()) {
    const { html, ...page } = bodies[i]!;
    const file = files.get(entry.file)!;
    const read = {
      digest: file.digest,
      links: entry.body.links,
      citations: entry.body.citations,
      figures: entry.body.figures,
      problems: file.problems,
    };
    const filePath = relative(projectRoot, join(corpus.root, entry.file)).split(sep).join('/');
    const pictures = picturesOf(entry, corpus.media);
    const data = {
      kind: entry.kind,
      file: entry.file,
      name: entry.name,
      summary: entry.summary,
      aliases: entry.aliases,
      fields: entry.data,
      read,
      page,
      pictures,
    };
    // Astro's `image()` (the collection's schema) takes each picture's path from `filePath`.
    if (pictures.length === 0) store.set({ id: entry.id, data, rendered: { html }, digest });
    else store.set({ id: entry.id, data: await context.parseData({ id: entry.id, data, filePath }), rendered: { html }, digest, filePath });
  }
  for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
  return jobs.length;
}

/**
 * A digest of Dossier's own rendering code, so a store written by another
 * version of it is not taken for current: Astro clears its store when its
 * config or the content config change, not when a loader's code does.
 */
function codeDigest(context: LoaderContext): string {
  const src = fileURLToPath(new URL('src/', context.config.root));
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else parts.push(entry.name, readFileSync(path, 'latin1'));
    }
  };
  for (const folder of RENDERING_CODE) walk(join(src, folder));
  return context.generateDigest(parts.join('\u0000'));
}
