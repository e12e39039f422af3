/**
 * Renders a Markdown case the way the build does (one parse, Dossier's
 * transforms, sanitizing), against a small fixed set of entries and sources.
 */
import { parseBody } from '../../src/markdown/parse-body.ts';
import { bodyRenderer } from '../../src/markdown/render-body.ts';

export const entries: Record<string, { id: string; href: string; name: string; kind: string }> = {
  cnn: { id: 'cnn', href: '/actors/cnn/', name: 'CNN', kind: 'actor' },
  zelensky: { id: 'volodymyr-zelenskyy', href: '/actors/volodymyr-zelenskyy/', name: 'Volodymyr Zelenskyy', kind: 'actor' },
  zelenksyy: { id: 'volodymyr-zelenskyy', href: '/actors/volodymyr-zelenskyy/', name: 'Volodymyr Zelenskyy', kind: 'actor' },
};
export const sources = ['cnn-report', 'nyt-report'];

const render = bodyRenderer({
  resolve: (target) => entries[target.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()],
  sourceTitle: (key) => (sources.includes(key) ? `Title of ${key}` : undefined),
});

export function renderCase(markdown: string) {
  return render(parseBody(markdown, 1).tree);
}
