/**
 * Starts the worker threads of `read-in-parallel.ts`. A module of its own, with
 * nothing heavy to load, so that `npm run check` can start them first thing:
 * a worker takes most of a second to load the parsers, and does so while this
 * thread loads its own and lists the content folder.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** The workers' module, beside this one: TypeScript from source, JavaScript in the checker's bundle (`checker-bundle.ts`). */
const WORKER = new URL(import.meta.url.endsWith('.ts') ? './read-worker.ts' : './read-worker.js', import.meta.url);

/** `count` workers; by default one per core but this thread's. */
export function startReadWorkers(count = availableParallelism() - 1): Worker[] {
  return Array.from({ length: Math.max(0, count) }, () => new Worker(WORKER));
}
