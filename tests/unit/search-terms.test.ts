import { describe, expect, it } from 'vitest';
import { preloadable, queryTerms } from '../../src/scripts/terms.ts';

describe('what of a query being typed the search box fetches index chunks for', () => {
  it('leaves out the word being typed until it has four letters', () => {
    expect(preloadable('Mi')).toBe('');
    expect(preloadable('Mos')).toBe('');
    expect(preloadable('Moss')).toBe('Moss');
    expect(preloadable('Mossad')).toBe('Mossad');
  });

  it('keeps the words already finished, however short', () => {
    expect(preloadable('53 do')).toBe('53');
    expect(preloadable('53 ')).toBe('53');
    expect(preloadable('53 documents')).toBe('53 documents');
    expect(preloadable('judicial re')).toBe('judicial');
  });

  it('searches the words of a query without case or accents', () => {
    expect(queryTerms('Zelenskyy ZELENSKYY Núñez')).toEqual(['zelenskyy', 'nunez']);
  });
});
