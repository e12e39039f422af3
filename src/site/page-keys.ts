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
 *
 * A picture's `image` (Astro's `ImageMetadata`) is never read: reading any
 * of its fields tells Astro the original file is used, and ships it. The
 * digest of the picture file's bytes stands for it.
 */
import { createHash } from 'node:crypto';

/** A page's key from its model: the same model and the same shared data, the same key. */
export type PageKey = (page: object) => string;

/** The bytes of a picture's file (`ShownPicture.file`, relative to the content folder). */
export type PictureBytes = (file: string) => Uint8Array;

export function pageKeys(shared: unknown, pictureBytes: PictureBytes): PageKey {
  const pictures = new Map<string, string>();
  const pictureDigest = (file: string) => {
    let digest = pictures.get(file);
    if (digest === undefined) {
      digest = createHash('sha256').update(pictureBytes(file)).digest('base64url');
      pictures.set(file, digest);
    }
    return digest;
  };
  // A picture (`{ file, image, ... }`): its file's digest instead of its image.
  function replacer(this: unknown, key: string, value: unknown): unknown {
    if (key !== 'image') return value;
    const file = (this as { file?: unknown }).file;
    return typeof file === 'string' ? pictureDigest(file) : value;
  }
  const serialised = (value: unknown) => JSON.stringify(value, replacer);
  const common = createHash('sha256').update(serialised(shared)).digest();
  const keys = new WeakMap<object, string>();
  return (page) => {
    let key = keys.get(page);
    if (key === undefined) {
      key = createHash('sha256').update(common).update(serialised(page)).digest('base64url');
      keys.set(page, key);
    }
    return key;
  };
}
