/**
 * `npm run check` on every core: the content folder is listed once, then its
 * files are read (decoded, front matter and Markdown parsed, validated) by
 * this thread and by worker threads (`read-worker.ts`) side by side, taking
 * batches from one queue, and the corpus is assembled from what each found
 * with the same code as `loadCorpus`. Reading a file depends on nothing but
 * the file, so the result is the same, in the same order, however many
 * threads read. Workers hand back plain data (`store` in `cached-read.ts`),
 * which is also what the checker's cache keeps.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { assembleCorpus, type Corpus } from '../lib/corpus.ts';
import { readFile, readKey, restore, store, type ReadCache, type ReadResult, type StoredRead } from '../lib/cached-read.ts';
import { listContentFiles, type ContentFile } from '../lib/read-content.ts';
import { ProblemList } from '../lib/problems.ts';

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
}

export async function loadCorpusInParallel(root: string, options: ParallelOptions = {}): Promise<Corpus> {
  // Workers take most of a second to load their modules: they start now, and
  // load while this thread lists and reads the folder's files.
  const early = options.workers === undefined && availableParallelism() > 1 ? startWorkers(availableParallelism() - 1) : undefined;
  const problems = new ProblemList();
  let files: ContentFile[];
  try {
    files = listContentFiles(root, problems);
  } catch (error) {
    early?.forEach((worker) => void worker.terminate());
    throw error;
  }
  const reads = await readInParallel(files, { ...options, ...(early ? { started: early } : {}) });
  return assembleCorpus(root, reads, problems);
}

function startWorkers(count: number): Worker[] {
  return Array.from({ length: Math.max(0, count) }, () => new Worker(new URL('./read-worker.ts', import.meta.url)));
}

/** What reading each file found, in the order of `files`. */
export async function readInParallel(files: readonly ContentFile[], options: ParallelOptions & { started?: Worker[] } = {}): Promise<ReadResult[]> {
  const { cache, started = [] } = options;
  const reads: ReadResult[] = new Array(files.length);
  const keys = cache ? files.map(readKey) : [];
  const queue: number[] = [];
  files.forEach((file, i) => {
    const hit = cache?.get(keys[i]!);
    if (hit) reads[i] = restore(hit, file.bytes);
    else queue.push(i);
  });
  const workerCount = options.workers ?? (queue.length < WORTH_A_WORKER ? 0 : Math.max(started.length, availableParallelism() - 1));
  // Workers started early but not worth it for this few files are stopped unused.
  started.slice(workerCount).forEach((worker) => void worker.terminate());
  const threads = [...started.slice(0, workerCount), ...startWorkers(workerCount - started.length)];
  const next = () => queue.splice(0, BATCH);
  const counts = options.counts ?? { here: 0, workers: 0 };
  const finished = (i: number, stored: StoredRead) => {
    reads[i] = restore(stored, files[i]!.bytes);
    cache?.set(keys[i]!, stored);
    counts.workers++;
  };

  // Kept as the workers' are, without Markdown trees (parsed again if asked
  // for): ten thousand trees held to the end only keep the garbage collector busy.
  const readHere = (i: number) => {
    const stored = store(readFile(files[i]!));
    reads[i] = restore(stored, files[i]!.bytes);
    cache?.set(keys[i]!, stored);
    counts.here++;
  };
  const workers = threads.map((worker) => runWorker(worker, files, { next, finished, readHere }));
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
function runWorker(worker: Worker, files: readonly ContentFile[], { next, finished, readHere }: Queue): Promise<void> {
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
