/**
 * Draws share cards in worker threads (`share-card-worker.ts`), off the
 * thread that renders the pages: a build hands every card to the pool as soon
 * as it knows them, and they are drawn on the machine's other cores while
 * Astro renders the HTML; the cards' route then only waits for each one.
 * Drawing a card is 20–30 ms of CPU, as much as rendering several pages;
 * so a card already drawn, for the same text, picture and drawing code, is
 * found in the cache instead (`share-card-cache.ts`). The workers write
 * the cards there themselves; the pool hands back each card's file.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ShareCard } from './share-card.ts';
import { cardFiles } from './share-card-cache.ts';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface Job {
  card: ShareCard;
  file: string;
  done: (file: string) => void;
  fail: (error: Error) => void;
}

export interface ShareCardPool {
  /** The file of the card's PNG, once it is there. */
  render(card: ShareCard): Promise<string>;
  /** The file the card is kept in, named for what draws it (`share-card-cache.ts`), drawn or not. */
  fileOf(card: ShareCard): string;
}

/**
 * A pool running `workerFile` (the path of `share-card-worker.ts`) in one
 * thread per core, keeping what it draws in `cacheDir` for the next build.
 */
export function shareCardPool(workerFile: string, cacheDir: string, size = availableParallelism()): ShareCardPool {
  // The drawing code is the worker's neighbour; a card in the cache starts no worker.
  const fileFor = cardFiles(cacheDir, join(dirname(workerFile), 'share-card.ts'));
  // A card's file is digested once: its route's cacheKey and its drawing both ask.
  const files = new WeakMap<ShareCard, string>();
  const fileOf = (card: ShareCard) => {
    let file = files.get(card);
    if (file === undefined) files.set(card, (file = fileFor(card)));
    return file;
  };
  const queue: Job[] = [];
  const busy = new Map<Worker, Job>();
  const idle: Worker[] = [];
  let started = 0;
  const pump = () => {
    while (queue.length > 0) {
      let worker = idle.pop();
      if (!worker && started < size) {
        started++;
        worker = spawn();
      }
      if (!worker) return;
      const job = queue.shift()!;
      busy.set(worker, job);
      worker.ref();
      worker.postMessage({ card: job.card, file: job.file });
    }
  };
  const spawn = () => {
    const worker = new Worker(workerFile);
    worker.on('message', (reply: { error?: string }) => {
      const job = busy.get(worker)!;
      busy.delete(worker);
      if (reply.error === undefined) job.done(job.file);
      else job.fail(new Error(`The share card "${job.card.title}" could not be drawn: ${reply.error}`));
      // An idle worker does not keep the build's process alive.
      worker.unref();
      idle.push(worker);
      pump();
    });
    // A worker that dies fails its card; the next card starts another.
    worker.on('error', (error: Error) => {
      busy.get(worker)?.fail(error);
      busy.delete(worker);
      started--;
      pump();
    });
    return worker;
  };
  return {
    fileOf,
    render(card) {
      const file = fileOf(card);
      if (existsSync(file)) return Promise.resolve(file);
      return new Promise((done, fail) => {
        queue.push({ card, file, done, fail });
        pump();
      });
    },
  };
}
