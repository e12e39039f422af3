/**
 * The keys of Astro's incremental build (`src/site/page-keys.ts`): the same
 * page model and shared data give the same key, and any change in either,
 * however deep (a sentence that mentions the page, a picture's bytes), gives
 * another; a picture's `ImageMetadata` is never read, since reading it ships
 * the original file.
 */
import { describe, expect, it } from 'vitest';
import { pageKeys } from '../../src/site/page-keys.ts';

const page = () => ({
  ref: { id: 'cnn', name: 'CNN', href: '/actors/cnn/' },
  html: '<p>CNN reported.</p>',
  mentionedIn: [{ entry: { id: 'the-leak', name: 'The leak' }, sentences: ['CNN reported on Sunday.'] }],
});
const shared = () => ({ story: { title: 'Leaked Pentagon documents', lang: 'en' }, base: '/' });
const noPictures = () => {
  throw new Error('no picture here');
};

/** A picture as the model holds it, its `image` a proxy that records every field read, as Astro's does. */
function withPicture(read: string[]) {
  const image = new Proxy(
    { src: '/_astro/harbour.abc.jpg', width: 800, height: 600, format: 'jpg' },
    {
      get(target, name) {
        if (typeof name === 'string' && name in target) read.push(name);
        return target[name as keyof typeof target];
      },
    },
  );
  return { ...page(), picture: { role: 'lead', file: 'media/harbour.jpg', image, width: 800, height: 600, alt: 'The harbour' } };
}

describe('pageKeys', () => {
  it('gives equal models the same key, in one build and the next', () => {
    expect(pageKeys(shared(), noPictures)(page())).toBe(pageKeys(shared(), noPictures)(page()));
  });

  it('gives another key when a sentence that mentions the page changes', () => {
    const edited = page();
    edited.mentionedIn[0]!.sentences[0] = 'CNN reported on Monday.';
    expect(pageKeys(shared(), noPictures)(edited)).not.toBe(pageKeys(shared(), noPictures)(page()));
  });

  it("gives every page another key when what they share changes (the story's title)", () => {
    const renamed = { ...shared(), story: { title: 'The Pentagon leak', lang: 'en' } };
    expect(pageKeys(renamed, noPictures)(page())).not.toBe(pageKeys(shared(), noPictures)(page()));
  });

  it("digests a picture's file instead of reading its image, and changes with the file's bytes", () => {
    const read: string[] = [];
    const key = (bytes: string) => pageKeys(shared(), () => new TextEncoder().encode(bytes))(withPicture(read));
    expect(key('first bytes')).toBe(key('first bytes'));
    expect(key('other bytes')).not.toBe(key('first bytes'));
    expect(read).toEqual([]);
  });

  it('tells the data apart from the shared part (no key is made of the two run together)', () => {
    expect(pageKeys({ a: 1 }, noPictures)({ b: 2 })).not.toBe(pageKeys({ a: 1, b: 2 }, noPictures)({}));
  });
});
