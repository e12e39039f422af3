/**
 * The `cacheKey` of a page for Astro's incremental build
 * (`experimental.incrementalBuild`): a page whose key and code are the same
 * as in the last build is copied from that build instead of rendered again.
 *
 * A key must change whenever anything the page shows changes, and an entry
 * page shows much more than its own file: who mentions it and in what
 * sentence, its neighbours, its graph, its related entries, the story's
 * title and language. All of that is in its page model (`EntryPage`), which
 * holds every other entry as the page shows it; so the key is a digest of
 * the whole model, and of what every page of the site shares (the story
 * without its overview graph, which only the home page draws). A key that
 * covers too much only renders a page for nothing; one that covers too
 * little would leave a stale page, so nothing is picked field by field.
 */
import { createHash } from 'node:crypto';

/** A page's key from its model: the same model and the same shared data, the same key. */
export type PageKey = (page: object) => string;

export function pageKeys(shared: unknown): PageKey {
  const common = createHash('sha256').update(JSON.stringify(shared)).digest();
  const keys = new WeakMap<object, string>();
  return (page) => {
    let key = keys.get(page);
    if (key === undefined) {
      key = createHash('sha256').update(common).update(JSON.stringify(page)).digest('base64url');
      keys.set(page, key);
    }
    return key;
  };
}
