/**
 * `npm run check` on every core: the content folder is listed once, then its
 * files are read (decoded, front matter and Markdown parsed, validated) by
 * this thread and by worker threads (`read-worker.ts`) side by side, taking
 * batches from one queue, and the corpus is assembled from what each found
 * with the same code as `loadCorpus`. Reading a file depends on nothing but
 * the file, so the result is the same, in the same order, however many
 * threads read. Workers hand back plain data (`store` in `cached-read.ts`),
 * which is also what the checker's cache keeps.
 *
 * This thread reads each file's bytes as its batch is handed out, so the
 * workers start on the first batch while the rest are still on disk; only
 * with a cache to look in are all files read first, for their keys.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { assembleCorpus, type Corpus } from '../lib/corpus.ts';
import { readFile, readKey, restore, store, type ReadCache, type ReadResult, type StoredRead } from '../lib/cached-read.ts';
import { listContent, readListed, type ContentFile, type ListedFile } from '../lib/list-content.ts';
import { ProblemList } from '../lib/problems.ts';
import { startReadWorkers } from './start-read-workers.ts';

/** Files per batch: small enough to keep both threads busy to the end, large enough that handing out batches costs nothing. */
const BATCH = 200;

/** Below this many files to read, a worker's start-up costs more than it saves. */
const WORTH_A_WORKER = 1_000;

export interface ParallelOptions {
  cache?: ReadCache;
  /** Worker threads besides this one; default: one per core but this thread's, none for fewer than 1,000 files to read. */
  workers?: number;
  /** Filled in with how many files each side read (this thread, the workers). */
  counts?: { here: number; workers: number };
  /** Workers already started (`start-read-workers.ts`), to use instead of starting new ones. */
  started?: Worker[];
}

export async function loadCorpusInParallel(root: string, options: ParallelOptions = {}): Promise<Corpus> {
  // Workers take most of a second to load their modules: they start now, and
  // load while this thread lists and reads the folder's files.
  const early = options.started ?? (options.workers === undefined && availableParallelism() > 1 ? startReadWorkers() : undefined);
  const problems = new ProblemList();
  let files: ListedFile[];
  try {
    files = listContent(root, problems);
  } catch (error) {
    early?.forEach((worker) => void worker.terminate());
    throw error;
  }
  const reads = await readInParallel(files, { ...options, ...(early ? { started: early } : {}) });
  return assembleCorpus(root, reads, problems);
}

/** What reading each file found, in the order of `files`. */
export async function readInParallel(files: readonly ListedFile[], options: ParallelOptions = {}): Promise<ReadResult[]> {
  const { cache, started = [] } = options;
  const reads: ReadResult[] = new Array(files.length);
  const contents: (ContentFile | undefined)[] = new Array(files.length);
  const keys: string[] = new Array(files.length);
  /** Reads a file's bytes, here and once; a file that can't be read is done, with its problem. */
  const load = (i: number): boolean => {
    const problems = new ProblemList();
    const content = (contents[i] = readListed(files[i]!, problems));
    if (!content) reads[i] = { problems: problems.items };
    else if (cache) keys[i] = readKey(content);
    return content !== undefined;
  };
  // Files to parse. With readings to look up, every file is read first, for
  // its key; with none, each is read when its batch is handed out.
  const queue: number[] = [];
  const lookUp = cache !== undefined && (cache.size?.() ?? 1) > 0;
  files.forEach((_, i) => {
    if (!lookUp) return void queue.push(i);
    if (!load(i)) return;
    const hit = cache.get(keys[i]!);
    if (hit) reads[i] = restore(hit, contents[i]!.bytes);
    else queue.push(i);
  });
  const workerCount = options.workers ?? (queue.length < WORTH_A_WORKER ? 0 : Math.max(started.length, availableParallelism() - 1));
  // Workers started early but not worth it for this few files are stopped unused.
  started.slice(workerCount).forEach((worker) => void worker.terminate());
  const threads = [...started.slice(0, workerCount), ...startReadWorkers(workerCount - started.length)];
  const next = (): number[] => {
    while (queue.length > 0) {
      const batch = queue.splice(0, BATCH).filter((i) => contents[i] !== undefined || load(i));
      if (batch.length > 0) return batch;
    }
    return [];
  };
  const counts = options.counts ?? { here: 0, workers: 0 };
  const finished = (i: number, stored: StoredRead) => {
    reads[i] = restore(stored, contents[i]!.bytes);
    cache?.set(keys[i]!, stored);
    counts.workers++;
  };

  // Kept as the workers' are, without Markdown trees (parsed again if asked
  // for): ten thousand trees held to the end only keep the garbage collector busy.
  const readHere = (i: number) => {
    const stored = store(readFile(contents[i]!));
    reads[i] = restore(stored, contents[i]!.bytes);
    cache?.set(keys[i]!, stored);
    counts.here++;
  };
  const workers = threads.map((worker) => runWorker(worker, contents, { next, finished, readHere }));
  // This thread reads batches too, yielding between them so the workers' results and requests are handled.
  for (let batch = next(); batch.length > 0; batch = next()) {
    batch.forEach(readHere);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
  return reads;
}

interface Queue {
  next(): number[];
  finished(i: number, stored: StoredRead): void;
  readHere(i: number): void;
}

/** Batches a worker holds at once: while it reads one, the next is already waiting, and it never idles until this thread answers. */
const IN_FLIGHT = 2;

/**
 * One worker reading batches until the queue is empty. Should a worker fail
 * (not start, or crash), the batches it held are read on this thread: the
 * check never depends on a worker finishing.
 */
function runWorker(worker: Worker, files: readonly (ContentFile | undefined)[], { next, finished, readHere }: Queue): Promise<void> {
  return new Promise((resolve) => {
    // Sent and not yet answered, in the order sent (a worker answers in that order).
    const held: number[][] = [];
    const send = () => {
      const batch = next();
      if (batch.length === 0) return;
      held.push(batch);
      worker.postMessage(batch.map((i) => files[i]!));
    };
    const stop = () => {
      void worker.terminate();
      resolve();
    };
    worker.on('message', (stored: StoredRead[]) => {
      held.shift()!.forEach((i, k) => finished(i, stored[k]!));
      send();
      if (held.length === 0) stop();
    });
    worker.on('error', (error) => {
      process.emitWarning(`A worker thread reading content files failed (${error.message}); reading its files on the main thread.`);
      // Read here and now: the queue may already be empty, with this thread done.
      held.splice(0).forEach((batch) => batch.forEach(readHere));
      resolve();
    });
    // A worker keeps what it is sent until it has loaded and listens.
    for (let k = 0; k < IN_FLIGHT; k++) send();
    if (held.length === 0) stop();
  });
}
