import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { remarkDossierSyntax } from '../../src/markdown/syntax/remark-dossier-syntax.ts';
import { mayAutolink, remarkGfmWithoutAutolinks } from '../../src/markdown/syntax/remark-gfm-without-autolinks.ts';
import { parseBody } from '../../src/markdown/parse-body.ts';
import { projectRoot } from '../helpers/build-site.ts';

const full = unified().use(remarkParse).use(remarkGfm).use(remarkDossierSyntax).freeze();
const lean = unified().use(remarkParse).use(remarkGfmWithoutAutolinks).use(remarkDossierSyntax).freeze();

/** Every Markdown file the tests and the leak story hold, front matter and all. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

const GFM = `# Title

A ~~struck~~ word, a [[cnn|*CNN*]] link and a citation [@cnn-report; @nyt].[^1]

| Who | What |
| --- | :-: |
| [[pentagon]] | said *so* |

- [x] done
- [ ] open

[^1]: A note with **bold**.
`;

describe('mayAutolink', () => {
  it('sees where an autolink literal could start, in any case', () => {
    for (const text of [
      'see www.example.org',
      'WWW.EXAMPLE.ORG',
      'at https://example.org/a',
      'HTTP://X',
      'write to desk@example.org',
      'a.b+c@d',
    ]) {
      expect(mayAutolink(text), text).toBe(true);
    }
  });

  it("takes a citation's @ and plain prose for what they are", () => {
    for (const text of ['a claim [@cnn-report; @nyt]', 'said so (@ noon)', 'plain prose, a colon: and a dot.', GFM]) {
      expect(mayAutolink(text), text).toBe(false);
    }
  });
});

describe('remarkGfmWithoutAutolinks', () => {
  it('reads footnotes, strikethrough, tables and task lists as remark-gfm does', () => {
    const tree = lean.parse(GFM);
    expect(tree).toEqual(full.parse(GFM));
    const types = JSON.stringify(tree);
    for (const type of [
      '"delete"',
      '"table"',
      '"footnoteReference"',
      '"footnoteDefinition"',
      '"checked":true',
      '"wikiLink"',
      '"citation"',
    ]) {
      expect(types).toContain(type);
    }
  });

  it('gives the tree remark-gfm gives, positions and all, for every Markdown file here without an autolink', () => {
    const files = [...markdownFiles(join(projectRoot, 'tests')), ...markdownFiles(join(projectRoot, 'content'))];
    let compared = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (mayAutolink(text)) continue;
      expect(lean.parse(text), file).toEqual(full.parse(text));
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('parseBody', () => {
  it('still makes links of bare addresses', () => {
    const links = (body: string) => JSON.stringify(parseBody(body).tree).match(/"type":"link"/g)?.length ?? 0;
    expect(links('Read www.example.org, https://example.org/a and desk@example.org.')).toBe(3);
    expect(links('Read the report [@cnn-report].')).toBe(0);
  });
});
