/**
 * A worker thread of `read-in-parallel.ts`: reads each batch of content
 * files it is sent and answers with what it found, as plain data, and the
 * files' bytes, moved to the main thread in one buffer.
 */
import { parentPort } from 'node:worker_threads';
import { readListedFiles } from '../lib/list-content.ts';
import { readBatchFile, type WorkerAnswer, type WorkerRequest } from './read-batch.ts';

parentPort!.on('message', ({ files, keys }: WorkerRequest) => {
  const { buffer, files: contents } = readListedFiles(files);
  const answer: WorkerAnswer = { reads: contents.map((content) => readBatchFile(content, keys)), buffer };
  parentPort!.postMessage(answer, [buffer]);
});
