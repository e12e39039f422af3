/**
 * Reading and rendering many content files on every core, with Node's
 * worker threads: parsing Markdown is most of what a build or a check of a
 * large story costs, and each file is parsed on its own. The files are split
 * into one run per thread, this thread taking the first; a thread keeps the
 * trees it parsed, so the bodies are rendered where they were parsed, once the
 * corpus (which needs every file) is known.
 *
 * Below `FILES_PER_THREAD` files a thread costs more to start (it loads the
 * parsers, about 0.3 s) than it saves, and everything runs here.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ContentFile } from '../entries/list-files.ts';
import type { RenderedBody } from '../markdown/render-body.ts';
import { positionsOf, readerThread, type RenderJob, type ThreadReply, type ThreadRequest, type TransferableRead } from './reader-thread.ts';
import type { ContentRead } from './read-content-file.ts';

/** Files a thread must get for starting it to pay. */
export const FILES_PER_THREAD = 500;

export interface Readers {
  /** Reads the files, in their order; an entry's `positionOf` reads its front matter again when asked. */
  read(files: readonly ContentFile[]): Promise<ContentRead[]>;
  /** Renders bodies read by `read` (or, given their bytes, others), in the jobs' order. */
  render(jobs: readonly RenderJob[]): Promise<RenderedBody[]>;
  /** Stops the worker threads. */
  close(): Promise<void>;
}

/** Readers for `count` files: this thread, and as many workers as there are cores and files for. */
export function startReaders(count: number): Readers {
  const threads = Math.max(1, Math.min(availableParallelism(), Math.floor(count / FILES_PER_THREAD)));
  const here = readerThread();
  const workers = Array.from({ length: threads - 1 }, () => new WorkerReader());
  /** Which thread read each id. */
  const owner = new Map<string, number>();
  /** Sends each thread its request, the workers first, so that they work while this thread does its own. */
  const askAll = <R extends ThreadReply['type']>(
    requests: (ThreadRequest | undefined)[],
  ): Promise<(Extract<ThreadReply, { type: R }> | undefined)[]> => {
    const asked = requests.map((request, thread) => (request && thread > 0 ? workers[thread - 1]!.ask<R>(request) : undefined));
    const own = requests[0] && here.handle(requests[0]);
    if (own?.type === 'error') throw new Error(own.message);
    return Promise.all([Promise.resolve(own as Extract<ThreadReply, { type: R }> | undefined), ...asked.slice(1)]);
  };
  return {
    async read(files) {
      const runs = split(files, threads);
      const replies = await askAll<'read'>(runs.map((run) => ({ type: 'read', files: run })));
      return replies.flatMap((reply, thread) =>
        reply!.reads.map((read, i) => {
          const file = runs[thread]![i]!;
          if (read.entry) owner.set(file.id, thread);
          return withPositions(read, file);
        }),
      );
    },
    async render(jobs) {
      const byThread = new Map<number, { job: RenderJob; at: number }[]>();
      jobs.forEach((job, at) => {
        const thread = owner.get(job.id) ?? at % threads;
        byThread.set(thread, [...(byThread.get(thread) ?? []), { job, at }]);
      });
      const out = new Array<RenderedBody>(jobs.length);
      const lists = Array.from({ length: threads }, (_, thread) => byThread.get(thread) ?? []);
      const replies = await askAll<'render'>(
        lists.map((list) => (list.length > 0 ? { type: 'render', jobs: list.map((l) => l.job) } : undefined)),
      );
      replies.forEach((reply, thread) => reply?.bodies.forEach((body, i) => (out[lists[thread]![i]!.at] = body)));
      return out;
    },
    async close() {
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}

/** Consecutive runs of about the same length, one per thread. */
function split<T>(items: readonly T[], parts: number): T[][] {
  const size = Math.ceil(items.length / parts);
  return Array.from({ length: parts }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** A read made in a thread, with the function that finds where its fields are. */
function withPositions(read: TransferableRead, file: ContentFile): ContentRead {
  if (!read.entry) return read as ContentRead;
  return { ...read, entry: { ...read.entry, positionOf: positionsOf(file) } } as ContentRead;
}

/**
 * One worker thread running `reader-thread.ts`. Requests are posted at once
 * (the worker queues them and answers in order), so that it starts working
 * while this thread is still busy with its own share.
 */
class WorkerReader {
  readonly #worker = new Worker(new URL('./reader-worker.ts', import.meta.url));
  readonly #waiting: { resolve(reply: ThreadReply): void; reject(error: Error): void }[] = [];

  constructor() {
    this.#worker.on('message', (reply: ThreadReply) => {
      const next = this.#waiting.shift();
      if (reply.type === 'error') next?.reject(new Error(reply.message));
      else next?.resolve(reply);
    });
    this.#worker.on('error', (error: Error) => {
      for (const waiting of this.#waiting.splice(0)) waiting.reject(error);
    });
  }

  ask<R extends ThreadReply['type']>(request: ThreadRequest): Promise<Extract<ThreadReply, { type: R }>> {
    const answer = new Promise<ThreadReply>((resolve, reject) => this.#waiting.push({ resolve, reject }));
    this.#worker.postMessage(request);
    return answer as Promise<Extract<ThreadReply, { type: R }>>;
  }

  async close(): Promise<void> {
    await this.#worker.terminate();
  }
}
