/**
 * Renders a Markdown case the way the build does (one parse, Dossier's
 * transforms, sanitizing), against a small fixed set of entries and sources.
 */
import { parseBody } from '../../src/lib/parse-body.ts';
import { renderBody } from '../../src/lib/render-entry.ts';

const entries: Record<string, { id: string; href: string; name: string; kind: string }> = {
  cnn: { id: 'cnn', href: '/actors/cnn/', name: 'CNN', kind: 'actor' },
  zelensky: { id: 'volodymyr-zelenskyy', href: '/actors/volodymyr-zelenskyy/', name: 'Volodymyr Zelenskyy', kind: 'actor' },
  zelenksyy: { id: 'volodymyr-zelenskyy', href: '/actors/volodymyr-zelenskyy/', name: 'Volodymyr Zelenskyy', kind: 'actor' },
};
const sources = ['cnn-report', 'nyt-report'];

export function renderCase(markdown: string) {
  const numbers = new Map<string, number>();
  return renderBody(parseBody(markdown, 1).tree, {
    resolve: (target) => entries[target.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()],
    cite: (key) => {
      if (!sources.includes(key)) return undefined;
      if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
      return { number: numbers.get(key)!, title: `Title of ${key}` };
    },
  });
}
