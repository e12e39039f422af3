/**
 * Draws share cards in worker threads (`share-card-worker.ts`), off the
 * thread that renders the pages: a build hands every card to the pool as soon
 * as it knows them, and they are drawn on the machine's other cores while
 * Astro renders the HTML; the cards' route then only waits for each one.
 * Drawing a card is 30–40 ms of CPU, as much as rendering several pages;
 * so a card already drawn, for the same text, picture and drawing code, is
 * read from the cache instead (`share-card-cache.ts`).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ShareCard } from './share-card.ts';
import { cardCache } from './share-card-cache.ts';
import { dirname, join } from 'node:path';

interface Job {
  card: ShareCard;
  done: (bytes: Uint8Array) => void;
  fail: (error: Error) => void;
}

export interface ShareCardPool {
  render(card: ShareCard): Promise<Uint8Array>;
}

/**
 * A pool running `workerFile` (the path of `share-card-worker.ts`) in one
 * thread per core, keeping what it draws in `cacheDir` for the next build.
 */
export function shareCardPool(workerFile: string, cacheDir: string, size = availableParallelism()): ShareCardPool {
  // The drawing code is the worker's neighbour; a card in the cache starts no worker.
  const cache = cardCache(cacheDir, join(dirname(workerFile), 'share-card.ts'));
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
      worker.postMessage({ card: job.card });
    }
  };
  const spawn = () => {
    const worker = new Worker(workerFile);
    worker.on('message', (reply: { bytes?: Uint8Array; error?: string }) => {
      const job = busy.get(worker)!;
      busy.delete(worker);
      if (reply.bytes) job.done(reply.bytes);
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
    render(card) {
      return cache(
        card,
        (drawn) =>
          new Promise((done, fail) => {
            queue.push({ card: drawn, done, fail });
            pump();
          }),
      );
    },
  };
}
