/**
 * The keys of Astro's incremental build (`src/site/page-keys.ts`): the same
 * page model and shared data give the same key, and any change in either,
 * however deep (a sentence that mentions the page), gives another.
 */
import { describe, expect, it } from 'vitest';
import { pageKeys } from '../../src/site/page-keys.ts';

const page = () => ({
  ref: { id: 'cnn', name: 'CNN', href: '/actors/cnn/' },
  html: '<p>CNN reported.</p>',
  mentionedIn: [{ entry: { id: 'the-leak', name: 'The leak' }, sentences: ['CNN reported on Sunday.'] }],
});
const shared = () => ({ story: { title: 'Leaked Pentagon documents', lang: 'en' }, base: '/' });

describe('pageKeys', () => {
  it('gives equal models the same key, in one build and the next', () => {
    expect(pageKeys(shared())(page())).toBe(pageKeys(shared())(page()));
  });

  it('gives another key when a sentence that mentions the page changes', () => {
    const edited = page();
    edited.mentionedIn[0]!.sentences[0] = 'CNN reported on Monday.';
    expect(pageKeys(shared())(edited)).not.toBe(pageKeys(shared())(page()));
  });

  it("gives every page another key when what they share changes (the story's title)", () => {
    const renamed = { ...shared(), story: { title: 'The Pentagon leak', lang: 'en' } };
    expect(pageKeys(renamed)(page())).not.toBe(pageKeys(shared())(page()));
  });

  it('tells the data apart from the shared part (no key is made of the two run together)', () => {
    expect(pageKeys({ a: 1 })({ b: 2 })).not.toBe(pageKeys({ a: 1, b: 2 })({}));
  });
});
