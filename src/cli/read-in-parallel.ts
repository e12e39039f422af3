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
  const problems = new ProblemList();
  const files = listContentFiles(root, problems);
  const reads = await readInParallel(files, options);
  return assembleCorpus(root, reads, problems);
}

/** What reading each file found, in the order of `files`. */
export async function readInParallel(files: readonly ContentFile[], options: ParallelOptions = {}): Promise<ReadResult[]> {
  const { cache } = options;
  const reads: ReadResult[] = new Array(files.length);
  const keys = cache ? files.map(readKey) : [];
  const queue: number[] = [];
  files.forEach((file, i) => {
    const hit = cache?.get(keys[i]!);
    if (hit) reads[i] = restore(hit, file.bytes);
    else queue.push(i);
  });
  const workerCount = options.workers ?? (queue.length < WORTH_A_WORKER ? 0 : Math.max(0, availableParallelism() - 1));
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
  const workers = Array.from({ length: workerCount }, () => runWorker(files, { next, finished, readHere }));
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

/**
 * One worker reading batches until the queue is empty. Should a worker fail
 * (not start, or crash), the batch it held is read on this thread: the check
 * never depends on a worker finishing.
 */
function runWorker(files: readonly ContentFile[], { next, finished, readHere }: Queue): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./read-worker.ts', import.meta.url));
    let batch: number[] = [];
    const send = () => {
      batch = next();
      if (batch.length === 0) {
        void worker.terminate();
        resolve();
      } else {
        worker.postMessage(batch.map((i) => files[i]!));
      }
    };
    worker.on('message', (stored: StoredRead[]) => {
      batch.forEach((i, k) => finished(i, stored[k]!));
      send();
    });
    worker.on('error', (error) => {
      process.emitWarning(`A worker thread reading content files failed (${error.message}); reading its files on the main thread.`);
      // Read here and now: the queue may already be empty, with this thread done.
      batch.forEach(readHere);
      resolve();
    });
    worker.on('online', send);
  });
}
