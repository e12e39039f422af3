/**
 * What `npm run dev` shows when the content has errors and there is no
 * earlier good version of it: a one-page story that says so, built by the
 * same core as any story, so every page renders and shows the problems.
 */
import { EntryIndex } from '../lib/entry-index.ts';
import { ProblemList } from '../lib/problems.ts';
import { readEntry } from '../lib/read-content.ts';
import { buildSiteModel, type SiteModel } from '../lib/site-model.ts';

const STORY = `---
title: The content has errors
summary: Fix the errors listed at the top of this page; it updates as soon as they are fixed.
---
`;

export function placeholderSite(root: string, base: string): SiteModel {
  const story = readEntry({ file: 'story.md', kind: 'story', id: 'story', bytes: new TextEncoder().encode(STORY) }, new ProblemList());
  if (story?.kind !== 'story') throw new Error('The placeholder story is invalid.');
  return buildSiteModel({ root, story, entries: [story], index: new EntryIndex([story]), problems: [] }, { base });
}
