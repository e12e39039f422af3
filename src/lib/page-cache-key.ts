/**
 * The `cacheKey` an entry page gives Astro's incremental build
 * (`experimental.incrementalBuild`): a digest of all the data the page is
 * made from, its own model (which holds everything it shows of other entries:
 * names, summaries, backlinks, its part of the graph) and the story's (the
 * page shell shows the story's title, language and sections). A page whose
 * key is unchanged since the last build is copied from Astro's cache instead
 * of rendered again; Astro itself adds the templates' code, the lock file and
 * the site's configuration (base path, site address) to what it compares.
 */
import { createHash } from 'node:crypto';
import type { EntryPage, StoryPage } from './site-types.ts';

const storyDigests = new WeakMap<StoryPage, string>();

const digest = (data: unknown) => createHash('sha256').update(JSON.stringify(data)).digest('base64url');

export function pageCacheKey(page: EntryPage, story: StoryPage): string {
  let storyDigest = storyDigests.get(story);
  if (storyDigest === undefined) storyDigests.set(story, (storyDigest = digest(story)));
  return `${digest(page)}.${storyDigest}`;
}
