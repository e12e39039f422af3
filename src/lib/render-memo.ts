/**
 * Rendering an entry's body, remembered between builds in one process (the
 * dev server's reloads). A body's HTML depends on its Markdown and on the
 * answers to the questions rendering asks: what each `[[link]]` resolves to,
 * and the number and title of each cited source. So a rendering is kept with
 * its file's digest and the questions it asked, in order, with their answers;
 * next time, if the file is the same, the questions are asked again, and if
 * every answer is the same, so is the HTML. Nothing is assumed about what an
 * edit elsewhere can change: a renamed entry, a new alias, a source cited
 * first in a new order all change an answer, and the body is rendered again.
 *
 * Asking `cite` again also repeats its effects (numbering this page's
 * references), exactly as rendering would; should an answer differ midway,
 * `restart` undoes them before the body is rendered for real.
 */
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { renderBody, type RenderOptions, type RenderedBody } from './render-entry.ts';

/** A question rendering asked, what it asked about, and a digest of the answer's JSON. */
type Question = ['resolve' | 'cite', string, string];

export interface Remembered {
  questions: Question[];
  body: RenderedBody;
}

export interface RenderMemo {
  get(key: string): Remembered | undefined;
  set(key: string, remembered: Remembered): void;
}

/**
 * An answer, as compared with the one remembered: a digest of its JSON. A
 * build keeps what it rendered on disk (`build-cache.ts`), and the answers
 * themselves (a link's entry with its summary) were a third of that file.
 */
const answer = (value: unknown) => createHash('sha1').update(JSON.stringify(value ?? null)).digest('base64url');

export function renderRemembered(
  memo: RenderMemo | undefined,
  key: string,
  tree: () => Root,
  options: RenderOptions,
  restart: () => void,
): RenderedBody {
  const known = memo?.get(key);
  if (known) {
    const same = known.questions.every(([kind, asked, said]) => answer(kind === 'resolve' ? options.resolve(asked) : options.cite(asked)) === said);
    if (same) return known.body;
    restart();
  }
  if (!memo) return renderBody(tree(), options);
  const questions: Question[] = [];
  const body = renderBody(tree(), {
    ...options,
    resolve: (target) => {
      const found = options.resolve(target);
      questions.push(['resolve', target, answer(found)]);
      return found;
    },
    cite: (source) => {
      const cited = options.cite(source);
      questions.push(['cite', source, answer(cited)]);
      return cited;
    },
  });
  memo.set(key, { questions, body });
  return body;
}
