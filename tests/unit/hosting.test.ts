/**
 * What a host reads (`_headers`, the nginx block), and what machines read
 * (`sitemap.xml`, `robots.txt`, `data/entries.json`), from the pure core.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCorpus } from '../../src/model/corpus.ts';
import { siteModelOf } from '../../src/model/render-entries.ts';
import { entriesExport } from '../../src/outputs/entries-export.ts';
import { robotsTxt, sitemapXml, pagePaths } from '../../src/outputs/sitemap.ts';
import {
  CACHE_CONTROL,
  CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  embedPolicy,
  headersFile,
  nginxLocation,
} from '../../src/outputs/security-headers.ts';
import { headersFor, parseHeadersFile } from '../helpers/headers-file.ts';

const root = resolve(import.meta.dirname, '../..');
const model = siteModelOf(await loadCorpus(resolve(root, 'tests/fixtures/small-story')), { base: '/x/' });

describe('the _headers file', () => {
  const rules = parseHeadersFile(headersFile('/explainers/leak/'));
  const cases: [string, string][] = [
    ['/explainers/leak/', CACHE_CONTROL.short],
    ['/explainers/leak/actors/cnn/', CACHE_CONTROL.short],
    ['/explainers/leak/data/entries.json', CACHE_CONTROL.short],
    ['/explainers/leak/_astro/Base.Dz2nuFxG.css', CACHE_CONTROL.immutable],
    ['/explainers/leak/pagefind/pagefind.js', CACHE_CONTROL.short],
    ['/explainers/leak/pagefind/pagefind-entry.json', CACHE_CONTROL.short],
    ['/explainers/leak/pagefind/wasm.en.pagefind', CACHE_CONTROL.short],
    ['/explainers/leak/pagefind/pagefind.en_3a1b2c.pf_meta', CACHE_CONTROL.immutable],
    ['/explainers/leak/pagefind/fragment/en_3a1b2c.pf_fragment', CACHE_CONTROL.immutable],
    ['/explainers/leak/pagefind/index/en_3a1b2c.pf_index', CACHE_CONTROL.immutable],
  ];

  for (const host of ['netlify', 'cloudflare'] as const) {
    it(`gives every path the security headers and one Cache-Control, as ${host} reads it`, () => {
      for (const [path, cache] of cases) {
        expect(headersFor(rules, path, host), path).toEqual({ ...SECURITY_HEADERS, 'Cache-Control': cache });
      }
    });
  }

  it('lets other sites frame the embed views only, keeping the rest of the policy, as each host reads it', () => {
    const embed = '/explainers/leak/embed/actors/cnn/';
    const { 'X-Frame-Options': _deny, ...withoutFrameOptions } = SECURITY_HEADERS;
    const open = { ...withoutFrameOptions, 'Content-Security-Policy': embedPolicy([]), 'Cache-Control': CACHE_CONTROL.short };
    expect(headersFor(rules, embed, 'cloudflare')).toEqual(open);
    // Netlify can't drop a header: its DENY stays, which browsers ignore beside frame-ancestors.
    expect(headersFor(rules, embed, 'netlify')).toEqual({ ...open, 'X-Frame-Options': 'DENY' });
    expect(embedPolicy([])).toBe(CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", 'frame-ancestors *'));
    for (const host of ['netlify', 'cloudflare'] as const) {
      expect(headersFor(rules, '/explainers/leak/embedded/', host)['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(headersFor(rules, '/explainers/leak/events/', host)['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    }
    const listed = parseHeadersFile(headersFile('/', ['https://news.example', 'http://localhost:8080']));
    expect(headersFor(listed, '/embed/timeline/', 'cloudflare')['Content-Security-Policy']).toContain(
      'frame-ancestors https://news.example http://localhost:8080',
    );
    expect(headersFor(listed, '/', 'cloudflare')['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });

  it('applies only under the base', () => {
    expect(headersFor(rules, '/elsewhere/', 'cloudflare')).toEqual({});
    expect(headersFor(parseHeadersFile(headersFile('/')), '/elsewhere/', 'cloudflare')['Cache-Control']).toBe(CACHE_CONTROL.short);
  });

  it('has a strict Content-Security-Policy: nothing inline, no eval but WebAssembly, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('is given for nginx in docs/hosting.md, word for word', () => {
    const hosting = readFileSync(resolve(root, 'docs', 'hosting.md'), 'utf8');
    const block = ['```nginx', nginxLocation('/explainers/leak/', '/var/www'), '```'].join('\n');
    expect(hosting.includes(block), `docs/hosting.md's nginx block differs from nginxLocation():\n${block}`).toBe(true);
  });
});

describe('sitemap.xml and robots.txt', () => {
  it('lists the story, the sections and every entry, once', () => {
    const paths = pagePaths(model);
    expect(paths.slice(0, 7)).toEqual(['/x/', '/x/actors/', '/x/events/', '/x/sources/', '/x/entries/', '/x/search/', '/x/updates/']);
    expect(paths).toContain('/x/actors/jose-nunez/');
    expect(paths).toHaveLength(7 + model.pages.length);
    expect(paths.some((p) => p.includes('/embed/'))).toBe(false);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('escapes URLs in the sitemap', () => {
    expect(sitemapXml(['https://example.org/a&b/'])).toContain('<loc>https://example.org/a&amp;b/</loc>');
  });

  it('names the sitemap in robots.txt only when there is one', () => {
    expect(robotsTxt('https://example.org/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n');
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });
});

describe('data/entries.json', () => {
  const data = entriesExport(model, 'https://example.org');
  const entry = (id: string) => data.entries.find((e) => e.id === id)!;

  it('lists the story, then actors, events and sources, each by id', () => {
    expect(data.entries.map((e) => e.id)).toEqual([
      'story',
      'council',
      'gazette',
      'jose-nunez',
      'mayor',
      'the-hearing',
      'the-reaction',
      'the-vote',
      'gazette-report',
      'radio-relay',
      'wire-copy',
    ]);
    expect(Object.keys(data)).toEqual(['version', 'title', 'base', 'site', 'entries']);
  });

  it('gives each entry its fields as validated, in the schema order, and its addresses', () => {
    const jose = entry('jose-nunez');
    expect(Object.keys(jose)).toEqual(['id', 'kind', 'name', 'summary', 'aliases', 'href', 'url', 'file', 'fields', 'links', 'backlinks']);
    expect(jose).toMatchObject({
      kind: 'actor',
      name: 'José Núñez',
      href: '/x/actors/jose-nunez/',
      url: 'https://example.org/x/actors/jose-nunez/',
      file: 'actors/jose-nunez.md',
    });
    expect(jose.fields).toEqual({
      name: 'José Núñez',
      kind: 'person',
      summary: 'A councillor who asked for a delay.',
      aliases: ['Councillor Núñez'],
      role: 'Councillor',
      affiliations: ['council'],
      updates: [],
      former_ids: [],
    });
    expect(Object.keys(jose.fields)).toEqual(['name', 'kind', 'summary', 'aliases', 'role', 'affiliations', 'updates', 'former_ids']);
    expect(entry('the-hearing').fields.date).toBe('2024-03');
  });

  it('gives the links each entry makes, from its body and its front matter', () => {
    expect(entry('jose-nunez').links).toEqual([
      { id: 'council', rel: 'mentions' },
      { id: 'council', rel: 'affiliations' },
      { id: 'the-hearing', rel: 'mentions' },
    ]);
    expect(entry('the-vote').links).toEqual([
      { id: 'council', rel: 'mentions' },
      { id: 'council', rel: 'actors' },
      { id: 'gazette-report', rel: 'cites' },
      { id: 'gazette-report', rel: 'sources' },
      { id: 'gazette-report', rel: 'status_by' },
      { id: 'mayor', rel: 'mentions' },
      { id: 'mayor', rel: 'actors' },
      { id: 'mayor', rel: 'status_by' },
      { id: 'radio-relay', rel: 'cites' },
    ]);
    // "Example Radio" is no entry: no publisher link.
    expect(entry('radio-relay').links).toEqual([{ id: 'gazette-report', rel: 'via' }]);
    expect(entry('gazette-report').links).toEqual([{ id: 'gazette', rel: 'publisher' }]);
  });

  it('gives the links each entry receives', () => {
    expect(entry('radio-relay').backlinks).toEqual([
      { id: 'the-reaction', rel: 'sources' },
      { id: 'the-reaction', rel: 'accounts' },
      { id: 'the-vote', rel: 'cites' },
      { id: 'wire-copy', rel: 'via' },
    ]);
    expect(entry('the-vote').backlinks).toEqual([
      { id: 'council', rel: 'mentions' },
      { id: 'mayor', rel: 'mentions' },
      { id: 'story', rel: 'mentions' },
      { id: 'the-reaction', rel: 'mentions' },
      { id: 'the-reaction', rel: 'responds_to' },
    ]);
  });

  it('gives no absolute URL when the site address is unknown', () => {
    const bare = entriesExport(model);
    expect(bare).not.toHaveProperty('site');
    expect(bare.entries[0]).not.toHaveProperty('url');
  });
});
