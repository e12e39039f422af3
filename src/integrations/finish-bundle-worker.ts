/** A worker thread of `finish-bundle.ts`: runs one task on the bundle it is given. */
import { workerData } from 'node:worker_threads';
import { runTask, type FinishingTask } from './finish-bundle.ts';

const { task, bundle, cache } = workerData as { task: FinishingTask; bundle: string; cache: string };
await runTask(task, bundle, cache);
