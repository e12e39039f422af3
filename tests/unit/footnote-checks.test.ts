/**
 * Footnotes the page won't show as written (src/markdown/remark-footnote-checks.ts):
 * a mark with no definition, a definition written twice, one never used.
 * Each a warning, at its place in the file.
 */
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/markdown/parse-body.ts';

/** The body starts on line 6 of its file. */
const notes = (markdown: string) =>
  parseBody(markdown, 6).notes.map((n) => `${n.at.line}:${n.at.column} ${n.severity} ${n.message.message}  (${n.message.hint})`);

describe('footnote checks', () => {
  it('says nothing of footnotes used and defined once, in any case', () => {
    expect(notes('A claim.[^1] Another.[^Note]\n\n[^1]: One.\n[^note]: Two.')).toEqual([]);
  });

  it('warns about a mark with no definition, where it is, and not about one escaped or in code', () => {
    expect(notes('A claim.[^1] And [^2], \\[^3] and `[^4]`.\n\n> Quoted,\n> then [^5].\n\n[^1]: One.')).toEqual([
      '6:18 warning the footnote [^2] has no definition, so it shows as text  (add a line "[^2]: the note" after the paragraph, or remove the mark)',
      '9:8 warning the footnote [^5] has no definition, so it shows as text  (add a line "[^5]: the note" after the paragraph, or remove the mark)',
    ]);
  });

  it('warns about a definition written twice, at the second', () => {
    expect(notes('A claim.[^a]\n\n[^a]: First.\n[^A]: Second.')).toEqual([
      '9:1 warning the footnote [^A] is defined twice; the page shows the first definition only  (remove one of the two, or give this one a label of its own and use it)',
    ]);
  });

  it('warns about a definition no mark uses', () => {
    expect(notes('A claim.\n\n[^left]: A note nobody reads.')).toEqual([
      '8:1 warning the footnote [^left] is defined but never used, so the page leaves it out  (add [^left] where the note belongs, or remove the definition)',
    ]);
  });

  it('counts a mark inside another footnote, a table or a heading as a use', () => {
    expect(notes('## Heading[^h]\n\n| a |\n|---|\n| b[^t] |\n\n[^h]: See [^n].\n[^t]: T.\n[^n]: N.')).toEqual([]);
  });
});
