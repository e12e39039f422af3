/**
 * One file of a batch, read on any thread of `read-in-parallel.ts` (the main
 * thread or a worker, `read-worker.ts`), and what is handed between them.
 */
import { readFile, readKey, store, type StoredRead } from '../lib/cached-read.ts';
import type { ContentFile, ListedFile, UnreadableFile } from '../lib/list-content.ts';

/** What reading a file found, as handed between threads: its key if asked for, and where its bytes are in the batch's buffer. */
export interface FoundRead {
  stored: StoredRead;
  key?: string;
  bytes?: [offset: number, length: number];
}

/** A worker's answer for a batch: a reading per file, and the buffer holding the files' bytes, moved to this thread. */
export interface WorkerAnswer {
  reads: FoundRead[];
  buffer: ArrayBuffer;
}

/** A worker's request: files to read, and whether to give each file's key (for the cache). */
export interface WorkerRequest {
  files: ListedFile[];
  keys: boolean;
}

/** Reads one file of a batch read by `readListedFiles`: the same on this thread and on a worker. */
export function readBatchFile(content: ContentFile | UnreadableFile, withKey: boolean): FoundRead {
  if (!('bytes' in content)) return { stored: { problems: content.problems } };
  return {
    stored: store(readFile(content)),
    ...(withKey ? { key: readKey(content) } : {}),
    bytes: [content.bytes.byteOffset, content.bytes.length],
  };
}
