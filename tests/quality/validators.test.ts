/**
 * Outside validators on the built sites: the W3C Nu HTML Checker on every
 * page, and a link checker (linkinator) crawling each site as a static server
 * serves it, the leak story under its sub-path.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { relative } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { embedViews, htmlFiles, htmlPages } from '../helpers/html.ts';
import { serveSite, type StaticServer } from '../helpers/static-server.ts';
import { checkJava, validateHtml } from '../helpers/vnu.ts';

const sites = [
  { name: 'leak story', dir: inject('leakSite'), base: inject('leakBase') },
  { name: 'fixture story', dir: inject('fixtureSite'), base: '/' },
];

describe('the W3C Nu HTML Checker', () => {
  it('finds no error on any page of either site', { timeout: 180_000 }, async () => {
    checkJava();
    const pages = sites.flatMap((site) => htmlFiles(site.dir));
    expect(pages.length).toBeGreaterThan(40);
    const messages = await validateHtml(pages);
    const where = (url: string) => {
      const file = decodeURIComponent(new URL(url).pathname);
      const site = sites.find((s) => file.startsWith(s.dir))!;
      return `${site.name}: ${relative(site.dir, file)}`;
    };
    expect(messages.map((m) => `${where(m.url)}:${m.lastLine ?? '?'}  ${m.type}  ${m.message}`)).toEqual([]);
  });
});

describe('a link checker crawling the served site', () => {
  const servers: StaticServer[] = [];
  beforeAll(async () => {
    for (const site of sites) servers.push(await serveSite(site.dir, site.base));
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
  });

  sites.forEach((site, i) => {
    it(`finds no broken internal link, asset or fragment in the ${site.name}, and reaches every page`, { timeout: 120_000 }, async () => {
      const root = servers[i]!.url;
      const origin = new URL(root).origin;
      const result = await new LinkChecker().check({
        // The 404 page is linked from nowhere, and the embed views only from the snippets others paste: start there too.
        path: [
          root,
          `${root}404.html`,
          ...embedViews(site.dir).map((file) => `${root}${relative(site.dir, file).replace(/index\.html$/, '')}`),
        ],
        recurse: true,
        checkCss: true,
        checkFragments: true,
        concurrency: 8,
        // External links (sources, canonical URLs on https://example.org) are not this site's to check.
        linksToSkip: (link) => Promise.resolve(!link.startsWith(origin)),
      });
      const broken = result.links
        .filter((link) => link.state === LinkState.BROKEN)
        .map((link) => `${link.url} (status ${link.status}) on ${link.parent ?? 'start'}`);
      expect(broken).toEqual([]);
      const reached = new Set(result.links.filter((l) => l.state === LinkState.OK).map((l) => l.url));
      const pages = htmlPages(site.dir).map((file) => `${root}${relative(site.dir, file).replace(/index\.html$/, '')}`);
      expect(pages.filter((page) => !reached.has(page))).toEqual([]);
    });
  });
});
