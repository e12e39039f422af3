import { describe, expect, it } from 'vitest';
import { EntryIndex } from '../../src/model/entry-index.ts';
import { normalizeKey } from '../../src/entries/normalize.ts';
import { didYouMean, editDistance } from '../../src/problems/did-you-mean.ts';
import { entry } from './make-entry.ts';

const zelenskyy = entry('actor', 'volodymyr-zelenskyy', 'Volodymyr Zelenskyy', ['Zelenksyy', 'Zelensky']);
const ukraine = entry('actor', 'ukraine', 'Ukraine');
const mossad = entry('actor', 'mossad', 'Mossad', ['Israeli intelligence']);
const netanyahu = entry('actor', 'pm-office', "Prime Minister's Office", ['Israeli intelligence']);
const leak = entry('event', 'the-leak', 'The leak of the Pentagon documents');
const seoul = entry('actor', 'seoul-officials', '서울 관계자', ['פקיד']);
const index = new EntryIndex([zelenskyy, ukraine, mossad, netanyahu, leak, seoul]);

describe('normalizeKey', () => {
  it('folds case, accents and spaces', () => {
    expect(normalizeKey('  Zelénskyy   VOLODYMYR ')).toBe('zelenskyy volodymyr');
  });
  it('keeps Korean syllables and Hebrew letters whole', () => {
    expect(normalizeKey('서울')).toBe('서울');
    expect(normalizeKey('פָּקִיד')).toBe('פקיד');
  });
});

describe('EntryIndex.resolve', () => {
  it('finds an entry by id', () => {
    expect(index.resolve('ukraine')).toMatchObject({ status: 'found', entry: { id: 'ukraine' } });
  });
  it('finds an entry by name, ignoring case and accents', () => {
    expect(index.resolve('volodymyr ZELENSKÝY')).toMatchObject({ status: 'found', entry: { id: 'volodymyr-zelenskyy' } });
  });
  it('finds an entry by alias, including a misspelling the source used', () => {
    expect(index.resolve('Zelenksyy')).toMatchObject({ status: 'found', entry: { id: 'volodymyr-zelenskyy' } });
    expect(index.resolve('zelensky')).toMatchObject({ status: 'found', entry: { id: 'volodymyr-zelenskyy' } });
  });
  it('finds events by title', () => {
    expect(index.resolve('the leak of the pentagon documents')).toMatchObject({ status: 'found', entry: { id: 'the-leak' } });
  });
  it('matches Korean and Hebrew names', () => {
    expect(index.resolve('서울 관계자')).toMatchObject({ status: 'found', entry: { id: 'seoul-officials' } });
    expect(index.resolve('פָקִיד')).toMatchObject({ status: 'found', entry: { id: 'seoul-officials' } });
  });
  it('reports an alias two entries declare as ambiguous, naming both', () => {
    const r = index.resolve('Israeli intelligence');
    expect(r.status).toBe('ambiguous');
    expect(r.status === 'ambiguous' && r.entries.map((e) => e.id).sort()).toEqual(['mossad', 'pm-office']);
  });
  it('records the shared alias for a warning', () => {
    expect(index.shared.map((s) => [s.text, s.first.id, s.second.id])).toEqual([['Israeli intelligence', 'mossad', 'pm-office']]);
  });
  it('suggests the closest id, name or alias when nothing matches', () => {
    expect(index.resolve('Zelenskiy')).toEqual({ status: 'missing', suggestion: 'Zelensky' });
    expect(index.resolve('Mosad')).toEqual({ status: 'missing', suggestion: 'mossad' });
  });
  it('suggests nothing when nothing is close', () => {
    expect(index.resolve('Pyongyang')).toEqual({ status: 'missing' });
  });
  it('suggests ids of the wanted kind only', () => {
    expect(index.suggestId('ukrane', 'actor')).toBe('ukraine');
    expect(index.suggestId('ukrane', 'event')).toBeUndefined();
  });
});

describe('didYouMean', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('zelenksyy', 'zelenskyy')).toBe(1);
  });
  it('prefers the closest candidate', () => {
    expect(didYouMean('cnnn', ['bbc', 'cnn', 'cbs'])).toBe('cnn');
  });
});
