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
 * Each thread reads the files of its batch itself, into one buffer
 * (`readListedFiles`), so the workers start on the first batch while the rest
 * are still on disk, and a worker moves that buffer here with its answer
 * instead of copying bytes both ways. Only with a cache to look in are all
 * files read first, here, for their keys; those not found in it are read
 * again by whichever thread parses them, and cached under the key of what
 * was parsed.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { assembleCorpus, type Corpus } from '../lib/corpus.ts';
import { readKey, restore, type ReadCache, type ReadResult } from '../lib/cached-read.ts';
import { listContent, readListedFiles, type ListedFile } from '../lib/list-content.ts';
import { readBatchFile, type FoundRead, type WorkerAnswer, type WorkerRequest } from './read-batch.ts';
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
  // Files to parse. With readings to look up, every file is read first, for
  // its key; with none, each is read by the thread its batch is handed to.
  const queue: number[] = [];
  if (cache !== undefined && (cache.size?.() ?? 1) > 0) {
    readListedFiles(files).files.forEach((content, i) => {
      if (!('bytes' in content)) return void (reads[i] = { problems: content.problems });
      const hit = cache.get(readKey(content));
      if (hit) reads[i] = restore(hit, content.bytes);
      else queue.push(i);
    });
  } else {
    files.forEach((_, i) => queue.push(i));
  }
  const workerCount = options.workers ?? (queue.length < WORTH_A_WORKER ? 0 : Math.max(started.length, availableParallelism() - 1));
  // Workers started early but not worth it for this few files are stopped unused.
  started.slice(workerCount).forEach((worker) => void worker.terminate());
  const threads = [...started.slice(0, workerCount), ...startReadWorkers(workerCount - started.length)];
  const next = (): number[] => queue.splice(0, BATCH);
  const counts = options.counts ?? { here: 0, workers: 0 };
  /** What a thread found in file `i`, whose bytes are `bytes` (read again, if looked up in the cache first: the key is of these). */
  const found = (i: number, read: FoundRead, bytes: Uint8Array | undefined) => {
    reads[i] = restore(read.stored, bytes ?? new Uint8Array());
    if (read.key !== undefined) cache?.set(read.key, read.stored);
  };
  const finished = (batch: readonly number[], answer: WorkerAnswer) => {
    batch.forEach((i, k) => {
      const read = answer.reads[k]!;
      found(i, read, read.bytes && new Uint8Array(answer.buffer, read.bytes[0], read.bytes[1]));
      if (read.bytes) counts.workers++;
    });
  };
  // Kept as the workers' are, without Markdown trees (parsed again if asked
  // for): ten thousand trees held to the end only keep the garbage collector busy.
  const readHere = (batch: readonly number[]) => {
    readListedFiles(batch.map((i) => files[i]!)).files.forEach((content, k) => {
      found(batch[k]!, readBatchFile(content, cache !== undefined), 'bytes' in content ? content.bytes : undefined);
      if ('bytes' in content) counts.here++;
    });
  };
  const workers = threads.map((worker) => runWorker(worker, files, cache !== undefined, { next, finished, readHere }));
  // This thread reads batches too, yielding between them so the workers' results and requests are handled.
  for (let batch = next(); batch.length > 0; batch = next()) {
    readHere(batch);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
  return reads;
}

interface Queue {
  next(): number[];
  finished(batch: readonly number[], answer: WorkerAnswer): void;
  readHere(batch: readonly number[]): void;
}

/** Batches a worker holds at once: while it reads one, the next is already waiting, and it never idles until this thread answers. */
const IN_FLIGHT = 2;

/**
 * One worker reading batches until the queue is empty. Should a worker fail
 * (not start, or crash), the batches it held are read on this thread: the
 * check never depends on a worker finishing.
 */
function runWorker(worker: Worker, files: readonly ListedFile[], keys: boolean, { next, finished, readHere }: Queue): Promise<void> {
  return new Promise((resolve) => {
    // Sent and not yet answered, in the order sent (a worker answers in that order).
    const held: number[][] = [];
    const send = () => {
      const batch = next();
      if (batch.length === 0) return;
      held.push(batch);
      worker.postMessage({ files: batch.map((i) => files[i]!), keys } satisfies WorkerRequest);
    };
    const stop = () => {
      void worker.terminate();
      resolve();
    };
    worker.on('message', (answer: WorkerAnswer) => {
      finished(held.shift()!, answer);
      send();
      if (held.length === 0) stop();
    });
    worker.on('error', (error) => {
      process.emitWarning(`A worker thread reading content files failed (${error.message}); reading its files on the main thread.`);
      // Read here and now: the queue may already be empty, with this thread done.
      held.splice(0).forEach(readHere);
      resolve();
    });
    // A worker keeps what it is sent until it has loaded and listens.
    for (let k = 0; k < IN_FLIGHT; k++) send();
    if (held.length === 0) stop();
  });
}
