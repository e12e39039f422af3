/**
 * Every bad input an editor can write, run through the real commands
 * (see `corpus.ts` for the cases). For each case, `npm run check` prints
 * exactly the expected lines and exits 1 on errors, 0 otherwise; the build
 * stops with the same lines and leaves the previous output untouched, or,
 * for the cases that must simply work, all of them built together succeed
 * and their pages read right.
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, reportLines, runCli } from '../helpers/build-site.ts';
import { section, textOf } from '../helpers/html.ts';
import { fileCases, generatedCases, mustFail, writeCase, type BadInputCase } from './corpus.ts';
import { scratchDir } from '../helpers/scratch.ts';

const cases = [...fileCases(), ...generatedCases];
const failing = cases.filter(mustFail);
const working = cases.filter((c) => !mustFail(c));

/** A case written into a fresh folder; the report's paths written `content/...`. */
function prepare(c: BadInputCase) {
  const work = scratchDir(`bad-${c.name.slice(0, 20)}`);
  const content = writeCase(c, join(work, 'content'));
  const lines = (output: string) => output.replaceAll(`${content}/`, 'content/').trimEnd().split('\n');
  return { work, content, lines, done: () => rmSync(work, { recursive: true, force: true }) };
}

describe('the bad-input corpus', () => {
  it('has at least 30 broken inputs, and more that must simply work', () => {
    expect(failing.length).toBeGreaterThanOrEqual(30);
    expect(working.length).toBeGreaterThanOrEqual(10);
  });
});

describe.concurrent('npm run check on each bad input', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const { content, lines, done } = prepare(c);
      const result = await runCli('check', { DOSSIER_CONTENT: content });
      done();
      expect(lines(result.stdout)).toEqual(c.expected);
      expect(result.code).toBe(mustFail(c) ? 1 : 0);
    });
  }
});

// One build at a time: builds share the project's Astro folders (`.astro/`, the content store).
describe('npm run build on each broken input', () => {
  for (const c of failing) {
    it(`${c.name}: stops with the same messages and leaves the previous output`, async () => {
      const { work, content, lines, done } = prepare(c);
      const out = join(work, 'dist');
      mkdirSync(out);
      writeFileSync(join(out, 'index.html'), 'previous build');
      const result = await buildSite(content, out);
      const previous = readFileSync(join(out, 'index.html'), 'utf8');
      done();
      expect(result.code).toBe(1);
      const report = lines(result.stderr.split('\n\nThe build stopped')[0]!);
      expect(report).toEqual(c.expected);
      expect(result.stderr).toContain('The build stopped: fix the errors above.');
      expect(previous).toBe('previous build');
    });
  }
});

describe('the inputs that must simply work, built together', () => {
  const site = inject('badInputSite');
  const content = inject('badInputContent');
  const page = (path: string) => readFileSync(join(site, path, 'index.html'), 'utf8');
  /** The entry's body: its prose `<div>`, holding the headings' own `<div>`s. */
  const prose = (html: string) => {
    const start = html.indexOf('<div class="prose">');
    if (start < 0) return '';
    const tags = /<\/?div\b[^>]*>/g;
    tags.lastIndex = start;
    let depth = 0;
    for (const tag of html.matchAll(tags)) {
      if (tag.index < start) continue;
      depth += tag[0].startsWith('</') ? -1 : 1;
      if (depth === 0) return html.slice(start + '<div class="prose">'.length, tag.index);
    }
    return html.slice(start);
  };

  it('builds, printing every warning the cases expect and nothing else', () => {
    const expected = working.flatMap((c) => c.expected.slice(0, -1));
    // The story is built without DOSSIER_SITE: the build's own note about that is no content warning.
    const log = reportLines(inject('badInputLog').replaceAll(`${content}/`, 'content/'));
    expect(new Set(log.slice(0, -1))).toEqual(new Set(expected));
    expect(log.at(-1)).toBe(`0 errors, ${expected.length} warnings`);
  });

  it('reads a file with a byte-order mark and CRLF line endings like any other', () => {
    const html = page('actors/with-bom-and-crlf');
    expect(html).toMatch(/<h1[^>]*>Bom Crlf<\/h1>/);
    expect(prose(html)).toContain('<a href="/actors/cnn/" class="entry-link" data-kind="actor">CNN</a>');
    expect(prose(html)).toContain('<a href="/events/the-leak/" class="entry-link" data-kind="event">The leak</a>');
  });

  it('shows Hebrew, Korean and Ukrainian names, and resolves links written in them', () => {
    const netanyahu = page('actors/benjamin-netanyahu');
    expect(netanyahu).toMatch(/<h1[^>]*>בנימין נתניהו<\/h1>/);
    expect(prose(netanyahu).replace(/<[^>]+>/g, '')).toContain('לפי CNN, בנימין נתניהו הגיב.');
    expect(prose(netanyahu)).toContain('<a href="/actors/yoon-suk-yeol/" class="entry-link" data-kind="actor">윤석열</a>');
    expect(prose(netanyahu)).toContain(
      '<a href="/actors/volodymyr-zelenskyy/" class="entry-link" data-kind="actor">Володимир Зеленський</a>',
    );
    const zelenskyy = page('actors/volodymyr-zelenskyy');
    expect(zelenskyy).toMatch(/<h1[^>]*>Володимир Зеленський<\/h1>/);
    // Matched case-insensitively in Cyrillic too.
    expect(prose(zelenskyy)).toContain(
      '<a href="/actors/volodymyr-zelenskyy/" class="entry-link" data-kind="actor">володимир зеленський</a>',
    );
    expect(textOf(section(page('actors/yoon-suk-yeol'), 'mentions'))).toContain('בנימין נתניהו');
    expect(readFileSync(join(site, 'entries/index.html'), 'utf8')).toContain('윤석열');
  });

  it('renders links in headings, tables and footnotes', () => {
    const html = prose(page('actors/links-everywhere'));
    expect(html).toMatch(/<h2 id="[^"]+">What <a href="\/actors\/cnn\/"[^>]*>CNN<\/a> said<\/h2>/);
    expect(html).toMatch(/<td><a href="\/actors\/cnn\/"[^>]*>the broadcaster<\/a><\/td>/);
    expect(html).toMatch(/According to <a href="\/events\/the-leak\/"[^>]*>the leak<\/a>/);
  });

  it('builds an entry of 2 MB in full', () => {
    const file = join(site, 'actors/long-read/index.html');
    expect(statSync(file).size).toBeGreaterThan(2 * 1024 * 1024);
    const paragraphs = prose(readFileSync(file, 'utf8')).match(/<p>/g)?.length ?? 0;
    expect(paragraphs).toBeGreaterThan(2000);
  });

  it('links all 5,000 links of one entry', () => {
    const html = prose(page('actors/many-links'));
    expect(html.match(/class="entry-link"/g)?.length).toBe(5000);
    expect(html).not.toContain('broken-link');
    expect(section(page('actors/ukraine'), 'mentions')).toContain('href="/actors/many-links/"');
  });

  it('leaves out raw HTML, scripts and unsafe URLs', () => {
    expect(prose(page('actors/raw-html'))).toBe('<p>Hello bold alert(1)</p>');
    const urls = prose(page('actors/unsafe-urls'));
    expect(urls).not.toMatch(/javascript:|data:/);
    expect(urls).toContain('<a href="mailto:desk@example.org">mail</a>');
  });

  it('shows a checked SVG as it is, and a picture credited two ways with the credit its page gives', () => {
    const holder = page('actors/office-holder');
    expect(holder).toMatch(
      /<img src="\/_astro\/drawing\.[\w-]+\.svg" alt="A drawing of the office[^"]*floor plan"[^>]* width="40" height="30"/,
    );
    expect(textOf(holder)).toContain('Picture: Test data, photographer A');
    expect(textOf(page('events/office-opens'))).toContain('Picture: Test data, photographer B');
  });

  it('reads nothing ignored, and nothing through a link out of the folder', () => {
    for (const ignored of ['actors/drafts', 'actors/someone', 'actors/photo', 'actors/outside', 'actors/broken']) {
      expect(existsSync(join(site, ignored))).toBe(false);
    }
    expect(existsSync(join(site, 'actors/kyiv/index.html'))).toBe(true);
  });
});
