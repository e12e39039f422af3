/**
 * Markdown in, HTML out, one folder per transform as unified's plugins test
 * theirs: `tests/markdown/<transform>/<case>/input.md` and the
 * `output.html` that transform alone makes of it (with the parser before it
 * and remark-rehype and rehype-stringify after). `render-body/` holds cases
 * for every transform together, as a build renders a body. Set
 * UPDATE_CASES=1 to write missing outputs (then read them before committing).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { remarkDossierSyntax } from '../../src/markdown/syntax/remark-dossier-syntax.ts';
import { remarkEntryLinks } from '../../src/markdown/remark-entry-links.ts';
import { remarkCitations } from '../../src/markdown/remark-citations.ts';
import { remarkKeyQuestions } from '../../src/markdown/remark-key-questions.ts';
import { rehypeHeadingIds } from '../../src/markdown/rehype-heading-ids.ts';
import { rehypeHeadingAnchors } from '../../src/markdown/rehype-heading-anchors.ts';
import { sanitizeSchema } from '../../src/markdown/sanitize-schema.ts';
import { rehypeFigures } from '../../src/markdown/rehype-figures.ts';
import { entries, renderCase, sources } from './render-cases.ts';

const here = import.meta.dirname;

/** remark, GFM and Dossier's syntax, then `remark` and `rehype` plugins, to HTML. */
function pipeline(remark: PluggableList, rehype: PluggableList = [], html: { raw?: boolean } = {}) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDossierSyntax)
    .use(remark)
    .use(remarkRehype, { allowDangerousHtml: html.raw ?? false })
    .use(html.raw ? [rehypeRaw] : [])
    .use(rehype)
    .use(rehypeStringify);
  return (markdown: string) => String(processor.processSync(markdown));
}

const resolve = (target: string) => entries[target.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()];
const sourceTitle = (key: string) => (sources.includes(key) ? `Title of ${key}` : undefined);

const transforms: Record<string, (markdown: string) => string> = {
  'remark-entry-links': pipeline([[remarkEntryLinks, { resolve }]]),
  'remark-citations': pipeline([[remarkCitations, { sourceTitle }]]),
  'remark-key-questions': pipeline([[remarkKeyQuestions, { heading: 'Key questions' }]]),
  // With the citations a body's headings may hold: ids come from the words alone.
  'rehype-heading-ids': pipeline([[remarkCitations, { sourceTitle }]], [rehypeHeadingIds]),
  'rehype-heading-anchors': pipeline([], [rehypeHeadingIds, rehypeHeadingAnchors]),
  // The allow-list on its own, against HTML a body could hold if raw HTML reached it.
  'sanitize-schema': pipeline([], [[rehypeSanitize, sanitizeSchema]], { raw: true }),
  // After sanitizing, as the build runs it: each picture's paragraph becomes its mark.
  'rehype-figures': pipeline([], [[rehypeSanitize, sanitizeSchema], rehypeFigures]),
  'render-body': (markdown) => renderCase(markdown).html,
};

for (const [transform, render] of Object.entries(transforms)) {
  describe(`${transform}: Markdown in, HTML out`, () => {
    const cases = readdirSync(join(here, transform)).sort();
    it('has cases', () => expect(cases.length).toBeGreaterThan(0));
    for (const name of cases) {
      it(name, () => {
        const input = readFileSync(join(here, transform, name, 'input.md'), 'utf8');
        const expectedFile = join(here, transform, name, 'output.html');
        const html = render(input).trim();
        if (!existsSync(expectedFile) && process.env.UPDATE_CASES) writeFileSync(expectedFile, `${html}\n`);
        expect(html).toBe(readFileSync(expectedFile, 'utf8').trim());
      });
    }
  });
}
