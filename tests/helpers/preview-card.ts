/**
 * The preview card (src/scripts/previews.ts) as the browser tests read it:
 * the one card element, and what it must show of an entry; and the data a
 * built site serves for the cards and the graph.
 */
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** An entry's card as `data/previews.json` gives it. */
export interface PreviewData {
  name: string;
  kind: string;
  meta?: string;
  summary: string;
}

export const previewCard = (page: Page) => page.locator('#entry-preview');

/** Waits for the card, then finds in it the entry's name, kind, meta and summary. */
export async function expectPreviewOf(page: Page, data: PreviewData): Promise<void> {
  await previewCard(page).waitFor({ state: 'visible' });
  const text = (await previewCard(page).textContent())!;
  for (const part of [data.name, data.kind, data.meta ?? '', data.summary]) expect(text).toContain(part);
}

/** A built site's preview cards and graph, from `data/previews.json` and `data/graph.json`. */
export function siteData(site: string): {
  previews: Record<string, PreviewData>;
  graph: { nodes: { id: string }[]; edges: { from: string; to: string; kind: string }[] };
} {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(site, 'data', file), 'utf8'));
  return {
    previews: read('previews.json') as Record<string, PreviewData>,
    graph: read('graph.json') as ReturnType<typeof siteData>['graph'],
  };
}
