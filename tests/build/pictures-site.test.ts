/**
 * The story with pictures (`tests/fixtures/pictures-story`, its files made
 * by `picture-files.ts`), built under a sub-path: every picture through
 * Astro's image pipeline, with its caption and credit; a share card for
 * every page; nothing shipped that no page uses.
 */
import { describe, expect, inject, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { htmlPages, listFiles, readPage, textOf } from '../helpers/html.ts';
import { buildSite, runCli } from '../helpers/build-site.ts';
import { differences } from '../helpers/rebuild-workspace.ts';
import { PICTURES_BASE, LEAK_SITE } from '../helpers/global-setup.ts';
import { PICTURES_STORY } from '../helpers/picture-files.ts';
import { scratchDir } from '../helpers/scratch.ts';

const site = inject('picturesSite');
const content = inject('picturesContent');
const pages = htmlPages(site);
const imgs = (html: string) => [...html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
/** An attribute's value; an empty one is written bare (`alt`). */
const attr = (tag: string, name: string) => {
  const found = new RegExp(`\\s${name}(?:="([^"]*)")?(?=[\\s/>])`).exec(tag);
  return found ? (found[1] ?? '') : undefined;
};
const figures = (html: string) => [...html.matchAll(/<figure class="figure[^"]*">[\s\S]*?<\/figure>/g)].map((m) => m[0]);
/** A file of the built site from its URL (`/harbour/_astro/x.webp`). */
const fileOf = (url: string) => join(site, url.replace(new RegExp(`^(${LEAK_SITE})?${PICTURES_BASE}`), ''));

describe('pictures', () => {
  it('gives every <img> alt text, a width, a height and a srcset of files that exist', () => {
    const all = pages.flatMap((p) => imgs(readFileSync(p, 'utf8')));
    expect(all.length).toBeGreaterThanOrEqual(8);
    for (const img of all) {
      expect(attr(img, 'alt'), img).toBeDefined();
      expect(Number(attr(img, 'width')), img).toBeGreaterThan(0);
      expect(Number(attr(img, 'height')), img).toBeGreaterThan(0);
      const candidates = attr(img, 'srcset')!
        .split(', ')
        .map((c) => c.split(' ')[0]!);
      expect(candidates.length, img).toBeGreaterThan(0);
      for (const url of [attr(img, 'src')!, ...candidates]) expect(statSync(fileOf(url)).size, url).toBeGreaterThan(0);
    }
  });

  it('offers WebP in every width up to the layout’s, never wider than the file, and the original never', () => {
    const home = readPage(site, 'index.html');
    const lead = figures(home)[0]!;
    const webp = /<source srcset="([^"]+)" type="image\/webp"/.exec(lead)![1]!;
    expect(webp.split(', ').map((c) => c.split(' ')[1])).toEqual(['320w', '480w', '640w', '960w', '1280w']);
    // The crack photo is 800 px wide: its widths stop there.
    const crack = figures(readPage(site, 'events/bridge-inspection/index.html')).find((f) => f.includes('crack'))!;
    expect(
      /<source srcset="([^"]+)"/
        .exec(crack)![1]!
        .split(', ')
        .map((c) => c.split(' ')[1]),
    ).toEqual(['320w', '480w', '640w', '800w']);
    const originals = new Set(PICTURES_STORY.map((p) => digest(readFileSync(join(content, p.file)))));
    const shipped = listFiles(site).filter((f) => /\.(jpe?g|png|webp)$/.test(f) && !f.includes('/cards/'));
    expect(shipped.filter((f) => originals.has(digest(readFileSync(f)))).map((f) => relative(site, f))).toEqual([]);
  });

  it('loads the lead picture at once and the others lazily', () => {
    const [lead, map] = figures(readPage(site, 'index.html'));
    expect(attr(imgs(lead!)[0]!, 'loading')).toBe('eager');
    expect(attr(imgs(map!)[0]!, 'loading')).toBe('lazy');
  });

  it('shows the caption and the credit, and a scan as a document', () => {
    const home = figures(readPage(site, 'index.html'));
    expect(textOf(home[0]!)).toBe(
      "The harbour, the evening before the closure (test picture) Picture: Test data, made by Dossier's tests, CC0",
    );
    const event = readPage(site, 'events/bridge-inspection/index.html');
    const [scan] = figures(event);
    expect(scan).toContain('figure-document');
    expect(textOf(scan!)).toBe("The first page of the inspection report (test picture) Document: Test data, made by Dossier's tests");
  });

  it('puts a body’s picture where the body has it', () => {
    const prose = readPage(site, 'index.html');
    const first = prose.indexOf('reported.');
    const map = prose.indexOf('detour-map');
    const ferries = prose.indexOf('Ferries run');
    expect(first).toBeGreaterThan(0);
    expect(map).toBeGreaterThan(first);
    expect(ferries).toBeGreaterThan(map);
    expect(prose).not.toContain('dossier:figure');
  });

  it("shows an actor's picture in its infobox and an event's small on the timeline", () => {
    const actor = readPage(site, 'actors/harbour-authority/index.html');
    expect(actor).toMatch(/<figure class="figure figure-rail">[\s\S]*?<\/figure>\s*<dl class="infobox"/);
    const timeline = readPage(site, 'events/index.html');
    const thumb = imgs(timeline).find((i) => i.includes('timeline-thumb'))!;
    expect(thumb).toContain('inspection-report');
    expect(attr(thumb, 'alt')).toBe('');
    expect(attr(thumb, 'loading')).toBe('lazy');
  });
});

describe('share cards', () => {
  it('gives every page a 1200×630 PNG card of at most 100 KB, with its size, alt text and a large Twitter card', async () => {
    expect(pages.length).toBeGreaterThan(8);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const meta = (name: string) => new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)"`).exec(html)?.[1];
      const url = meta('og:image')!;
      expect(url, page).toMatch(new RegExp(`^${LEAK_SITE}${PICTURES_BASE}cards/.+\\.png$`));
      expect(meta('twitter:image')).toBe(url);
      expect(meta('twitter:card')).toBe('summary_large_image');
      expect(meta('og:image:width')).toBe('1200');
      expect(meta('og:image:height')).toBe('630');
      expect(meta('og:image:alt')!.length, page).toBeGreaterThan(10);
      const file = fileOf(url);
      expect(statSync(file).size, file).toBeLessThanOrEqual(100 * 1024);
      const { width, height, format } = await sharp(file).metadata();
      expect([width, height, format], file).toEqual([1200, 630, 'png']);
    }
  });

  it("gives an entry its own card, and names what it is about in the card's alt text", () => {
    const html = readPage(site, 'events/bridge-inspection/index.html');
    expect(html).toContain(`content="${LEAK_SITE}${PICTURES_BASE}cards/events/bridge-inspection.png"`);
    expect(html).toContain('content="The bridge inspection: Event · March 1, 2024, Reported. From The harbour bridge closes."');
  });

  it('draws the same bytes, pictures and cards alike, when the story is built again', async () => {
    const again = join(scratchDir('pictures-again'), 'site');
    const result = await buildSite(content, again, PICTURES_BASE, { DOSSIER_SITE: LEAK_SITE });
    expect(result.code, result.stderr).toBe(0);
    expect(differences(site, again)).toEqual([]);
  });

  it('copies its pages from the last build when built again in place, and still ships no original', async () => {
    const before = listFiles(site).length;
    const env = { DOSSIER_CONTENT: content, DOSSIER_OUT: site, DOSSIER_BASE: PICTURES_BASE, DOSSIER_SITE: LEAK_SITE };
    // Astro keeps one build's pages: the setup built other stories since. The first build puts them back.
    for (const round of ['first', 'second']) {
      const result = await runCli('build', env, ['--verbose']);
      expect(result.code, result.stderr).toBe(0);
      if (round === 'second') expect(result.stdout).toMatch(/\/events\/bridge-inspection\/index\.html \(restored\)/);
    }
    const again = join(scratchDir('pictures-fresh'), 'site');
    expect((await buildSite(content, again, PICTURES_BASE, { DOSSIER_SITE: LEAK_SITE })).code).toBe(0);
    expect(differences(site, again)).toEqual([]);
    expect(listFiles(site)).toHaveLength(before);
    const originals = new Set(PICTURES_STORY.map((p) => digest(readFileSync(join(content, p.file)))));
    expect(listFiles(site).filter((f) => originals.has(digest(readFileSync(f))))).toEqual([]);
  });
});

function digest(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
