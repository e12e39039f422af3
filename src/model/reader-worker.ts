/**
 * A worker thread of `read-in-threads.ts`: answers each request with what
 * `reader-thread.ts` makes of it.
 */
import { parentPort } from 'node:worker_threads';
import { readerThread, type ThreadRequest } from './reader-thread.ts';

const thread = readerThread();
parentPort!.on('message', (request: ThreadRequest) => parentPort!.postMessage(thread.handle(request)));
