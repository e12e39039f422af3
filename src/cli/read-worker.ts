/**
 * A worker thread of `read-in-parallel.ts`: reads each batch of content
 * files it is sent and answers with what it found, as plain data.
 */
import { parentPort } from 'node:worker_threads';
import { readFile, store } from '../lib/cached-read.ts';
import type { ContentFile } from '../lib/list-content.ts';

parentPort!.on('message', (files: ContentFile[]) => {
  parentPort!.postMessage(files.map((file) => store(readFile(file))));
});
