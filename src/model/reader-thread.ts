/**
 * What each thread of `read-in-threads.ts` does, in the main thread or in a
 * worker (`reader-worker.ts`): reads content files, keeping the trees it
 * parsed, then renders their bodies with the answers the corpus gave (what
 * each cross-link resolves to, the title of each cited source). Requests and
 * replies are plain data, as worker threads pass them.
 */
import type { Root } from 'mdast';
import type { ContentFile } from '../entries/list-files.ts';
import { decode } from '../entries/read-entry.ts';
import { parseFrontMatter } from '../entries/front-matter.ts';
import { parseBody } from '../markdown/parse-body.ts';
import { bodyRenderer, type RenderedBody } from '../markdown/render-body.ts';
import type { EntryLinkTarget } from '../markdown/remark-entry-links.ts';
import type { Position } from '../problems/problems.ts';
import { readContentFile, type ContentRead } from './read-content-file.ts';

/** A body to render, with everything its links and citations resolve to. */
export interface RenderJob {
  id: string;
  /** The story's body: its "Key questions" become cards. */
  story: boolean;
  /** Each cross-link's target, as written, and the entry it names (null for none). */
  links: Record<string, EntryLinkTarget | null>;
  /** Each cited key and its source's title (null for no source). */
  titles: Record<string, string | null>;
  /** The story's language (English if not given). */
  lang?: string;
  /** The file's bytes, for a body this thread did not read. */
  bytes?: Uint8Array;
}

/** A read as a thread returns it: no tree, no function. */
export type TransferableRead = Omit<ContentRead, 'entry'> & { entry?: Omit<NonNullable<ContentRead['entry']>, 'positionOf'> };

export type ThreadRequest = { type: 'read'; files: ContentFile[] } | { type: 'render'; jobs: RenderJob[] };
export type ThreadReply =
  { type: 'read'; reads: TransferableRead[] } | { type: 'render'; bodies: RenderedBody[] } | { type: 'error'; message: string };

/** One thread's reader: it keeps what it parsed until it renders it. */
export function readerThread(): { handle(request: ThreadRequest): ThreadReply } {
  const trees = new Map<string, Root>();
  let job: RenderJob | undefined;
  const render = bodyRenderer({
    resolve: (target) => job?.links[target] ?? undefined,
    sourceTitle: (key) => job?.titles[key] ?? undefined,
  });
  return {
    handle(request) {
      try {
        if (request.type === 'read') {
          return {
            type: 'read',
            reads: request.files.map((file) => {
              const read = readContentFile(file);
              if (!read.entry) return read;
              const { positionOf: _positionOf, body, ...entry } = read.entry;
              if (body.tree) trees.set(file.id, body.tree);
              return { ...read, entry: { ...entry, body: { links: body.links, citations: body.citations, figures: body.figures } } };
            }),
          };
        }
        return {
          type: 'render',
          bodies: request.jobs.map((next) => {
            job = next;
            const tree = trees.get(next.id) ?? treeOf(next.bytes);
            trees.delete(next.id);
            return render(tree, { story: next.story, lang: next.lang });
          }),
        };
      } catch (error) {
        return { type: 'error', message: (error as Error).stack ?? String(error) };
      }
    },
  };
}

function treeOf(bytes: Uint8Array | undefined): Root {
  if (!bytes) throw new Error('A body to render was neither read by this thread nor given with its bytes.');
  const front = parseFrontMatter(decode(bytes) ?? '');
  return parseBody(front.body, front.bodyLine).tree;
}

/** Where each front-matter field of `file` is, found when first asked. */
export function positionsOf(file: ContentFile): (path: readonly (string | number)[]) => Position {
  let positionOf: ((path: readonly (string | number)[]) => Position) | undefined;
  return (path) => (positionOf ??= parseFrontMatter(decode(file.bytes) ?? '').positionOf)(path);
}
