/**
 * A body's HTML cut where its pictures go (`<!--dossier:figure:N-->`, see
 * `rehype-figures.ts`): HTML and pictures in turn, for `EntryBody.astro`.
 */
import { FIGURE_MARK } from '../markdown/rehype-figures.ts';
import type { ShownPicture } from '../model/site-types.ts';

const MARKS = new RegExp(FIGURE_MARK.source, 'g');

export function bodyParts(html: string, figures: readonly ShownPicture[]): (string | ShownPicture)[] {
  if (figures.length === 0) return [html];
  return html
    .split(MARKS)
    .map((part, i) => (i % 2 === 0 ? part : figures[Number(part)]!))
    .filter((part) => part !== '');
}
