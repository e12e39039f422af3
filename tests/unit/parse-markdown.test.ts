/**
 * Bodies that can't hold an autolink literal or a table are parsed without
 * looking for them (`parse-markdown.ts`): the tree must be exactly the one
 * full GitHub Flavored Markdown gives, for bodies with and without them.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { parseMarkdown } from '../../src/lib/parse-markdown.ts';
import { MAY_HOLD_AUTOLINK_LITERAL, mayHoldTable } from '../../src/lib/gfm-triggers.ts';

const full = unified().use(remarkParse).use(remarkGfm);

/** Each becomes a link only through GFM's autolink literals. */
const AUTOLINKS = [
  'See www.example.org for more.',
  'See WWW.EXAMPLE.ORG for more.',
  'Read https://example.org/a?b=c now.',
  'Read HTTP://EXAMPLE.ORG now.',
  'Write to press@example.org today.',
  'Write to press.office+leak@example.org today.',
  'Write to mailto:press@example.org today.',
  'Chat on xmpp:press@example.org/desk today.',
  'Escaped: www\\.example.org and press\\@example.org.',
  'Encoded: press&#64;example.org and &#104;ttps://example.org.',
  'Named: press&commat;example.org.',
  '| who | where |\n|---|---|\n| desk | www.example.org |',
  '> quoted https://example.org/x',
  '- item press@example.org',
];

/** Each is a table. */
const TABLES = [
  '| who | what |\n|---|---|\n| [[a|b]] | said |',
  'who | what\n--- | ---\nx | y',
  'a\n|-',
  '> | a |\n> | :-: |\n> | b |',
  '- item\n\n  | a | b |\n  |---|--:|\n  | 1 | 2 |',
];

/** Lines a table's delimiter row could be, and no table: parsed the slow way, and the same. */
const NEAR = ['| a\n---', 'A [[b|c]] link.\n\n- - -\n\nSetext\n---', 'a | b\n\n| - |', '```\n| a |\n|---|\n```'];

/** No autolink literal and no table here, though some come close. */
const PLAIN = [
  'The [[Pentagon]] said so. [@cnn-report]',
  'Two sources [@a; @b] and a footnote.[^1]\n\n[^1]: A note.',
  '# Heading with [[a link|label]]\n\nA [[b|c]] link, a - dash.',
  'A ~~struck~~ word, and - [ ] a task\n\n- [x] done',
  'AT&T and Q&A, a @handle, and an email-less @ sign.',
  'Ha Tsafon, Sŏul, Київ, ירושלים.',
];

describe('parseMarkdown', () => {
  it('gives the tree full GFM gives, for bodies with and without autolink literals', () => {
    for (const markdown of [...AUTOLINKS, ...TABLES, ...NEAR, ...PLAIN]) {
      expect(parseMarkdown(markdown), markdown).toEqual(full.parse(markdown));
    }
  });

  it('finds each autolink literal (the cases above are links under full GFM)', () => {
    for (const markdown of AUTOLINKS) {
      expect(JSON.stringify(full.parse(markdown)), markdown).toContain('"type":"link"');
      expect(MAY_HOLD_AUTOLINK_LITERAL.test(markdown), markdown).toBe(true);
    }
  });

  it('finds each table', () => {
    for (const markdown of TABLES) {
      expect(JSON.stringify(full.parse(markdown)), markdown).toContain('"type":"table"');
      expect(mayHoldTable(markdown), markdown).toBe(true);
    }
  });

  it('skips both searches in plain prose, citations and wikilinks', () => {
    for (const markdown of PLAIN) {
      expect(MAY_HOLD_AUTOLINK_LITERAL.test(markdown), markdown).toBe(false);
      expect(mayHoldTable(markdown), markdown).toBe(false);
    }
  });
});
