/**
 * An entry page's key (issue 8): a digest of all the data the page is made
 * from, its own model (which holds everything it shows of other entries:
 * names, summaries, backlinks, its part of the graph), the story's (the page
 * shell shows the story's title, language and sections) and the number of
 * preview shards (the shell names it for the previews script). A rebuild keeps
 * a page from the previous output when its key, and the site's code and
 * address, are unchanged (`src/cli/page-reuse.ts`), instead of rendering it
 * again.
 */
import { createHash } from 'node:crypto';
import type { EntryPage, StoryPage } from './site-types.ts';

/** What else of the whole site the page shell shows: the number of files the preview cards are split into. */
export interface ShellData {
  previewShards: number;
}

const storyDigests = new WeakMap<StoryPage, string>();

const digest = (data: unknown) => createHash('sha256').update(JSON.stringify(data)).digest('base64url');

export function pageCacheKey(page: EntryPage, story: StoryPage, shell: ShellData): string {
  let storyDigest = storyDigests.get(story);
  if (storyDigest === undefined) storyDigests.set(story, (storyDigest = digest(story)));
  return `${digest(page)}.${storyDigest}.${shell.previewShards}`;
}
