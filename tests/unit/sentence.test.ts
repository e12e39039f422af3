import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../src/markdown/sentence.ts';

/** `sentenceAround` for the first place `mention` is found in `text`. */
const around = (text: string, mention: string, max?: number) => {
  const start = text.indexOf(mention);
  return sentenceAround(text, start, start + mention.length, max);
};

describe('sentenceAround', () => {
  it('gives the whole sentence holding the mention when it is short enough', () => {
    const text = 'The leak began online. CNN reported that officials were alarmed. Nothing else.';
    expect(around(text, 'CNN')).toBe('CNN reported that officials were alarmed.');
  });

  it('cuts a long sentence between words, never inside one, with an ellipsis at each cut', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`);
    words.splice(40, 0, 'Mossad');
    const text = `${words.join(' ')}.`;
    for (const max of [40, 61, 97, 150]) {
      const cut = around(text, 'Mossad', max);
      expect(cut).toContain('Mossad');
      expect(cut).toMatch(/^…word\d+ .* word\d+…$/);
      // Every word shown is whole.
      for (const word of cut.replace(/…/g, '').split(' ')) expect(words).toContain(word.replace(/\.$/, ''));
      expect(cut.replace(/…/g, '').length).toBeLessThanOrEqual(max);
    }
  });

  it('never cuts inside a quotation: one beside the mention is left out whole, one holding it is kept whole', () => {
    const filler = 'and then some more words were said about it by others '.repeat(3);
    const quote = '"the documents are mendacious and without any foundation whatsoever"';
    const text = `${filler}the office said ${quote} while Mossad ${filler}kept silent.`;
    const beside = around(text, 'Mossad', 120);
    expect(beside).toContain('Mossad');
    expect((beside.match(/"/g) ?? []).length % 2).toBe(0);
    const holding = around(text, 'mendacious', 40);
    expect(holding).toContain(quote);
    const curly = `${filler}he said “we will raise the issue with the White House” and Seoul ${filler}waited.`;
    const cut = around(curly, 'Seoul', 60);
    expect((cut.match(/“/g) ?? []).length).toBe((cut.match(/”/g) ?? []).length);
  });
});
