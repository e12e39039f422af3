/**
 * The small fixture story, built by the real `npm run build` command (see
 * global-setup.ts), checked in its HTML.
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { brokenInternalLinks, htmlPages, readPage, section, textOf } from '../helpers/html.ts';

const site = inject('fixtureSite');

describe('the fixture story, built', () => {
  it('has every page the content asks for, and a 404 page at the root', () => {
    for (const path of [
      'index.html',
      '404.html',
      'actors/index.html',
      'events/index.html',
      'sources/index.html',
      'entries/index.html',
      'actors/jose-nunez/index.html',
      'actors/council/index.html',
      'events/the-vote/index.html',
      'sources/radio-relay/index.html',
    ]) {
      expect(existsSync(join(site, path)), path).toBe(true);
    }
  });

  it('links only to files that exist', () => {
    expect(htmlPages(site).length).toBeGreaterThan(10);
    expect(brokenInternalLinks(site, '/')).toEqual([]);
  });

  it('takes the title, description and language from story.md', () => {
    const home = readPage(site, 'index.html');
    expect(home).toContain('<html lang="en-GB" dir="ltr">');
    expect(home).toContain('<title>The Example Town bridge vote</title>');
    expect(home).toContain(
      '<meta name="description" content="A fictional test story about a town council vote on a bridge, used by Dossier\'s tests.">',
    );
  });

  it('renders links by id, name, alias and accent-folded alias', () => {
    const home = readPage(site, 'index.html');
    expect(home).toContain('<a href="/actors/council/" class="entry-link" data-kind="actor">town council</a>');
    expect(home).toContain('<a href="/actors/jose-nunez/" class="entry-link" data-kind="actor">José Núñez</a>');
    expect(home).toContain('<a href="/actors/mayor/" class="entry-link" data-kind="actor">Mayor</a>');
    const reaction = readPage(site, 'events/the-reaction/index.html');
    expect(reaction).toContain('<a href="/actors/jose-nunez/" class="entry-link" data-kind="actor">Councillor Nunez</a>');
  });

  it('shows what links to an entry, with the sentence around each mention', () => {
    const vote = readPage(site, 'events/the-vote/index.html');
    const mentions = textOf(section(vote, 'mentions'));
    expect(mentions).toContain('Ana Ruiz The mayor chaired the vote.');
    expect(mentions).toContain('The reaction Councillor Nunez criticised The vote.');
    expect(mentions).toContain('Example Town Council The council held The vote in March.');
  });

  it("lists an actor's events by date with their roles", () => {
    const nunez = textOf(section(readPage(site, 'actors/jose-nunez/index.html'), 'involved'));
    // Dates are the timeline's day headings (see reading-build.test.ts).
    expect(nunez).toMatch(
      /March 2024, day not known The hearing reported.*— asked for a delay.*Tuesday 5 March The reaction disputed.*— criticised the vote/,
    );
  });

  it("lists an event's actors with roles, and the previous and next events", () => {
    const vote = readPage(site, 'events/the-vote/index.html');
    expect(textOf(section(vote, 'who'))).toBe('Who was involved Example Town Council — voted Ana Ruiz — chaired the vote');
    expect(vote).toMatch(/<a rel="prev" href="\/events\/the-hearing\/">/);
    expect(vote).toMatch(/<a rel="next" href="\/events\/the-reaction\/">/);
  });

  it('orders the timeline by date, month-precision first in its month', () => {
    const timeline = readPage(site, 'events/index.html');
    const order = [...timeline.matchAll(/href="\/events\/([a-z-]+)\/"/g)].map((m) => m[1]);
    expect(order).toEqual(['the-hearing', 'the-vote', 'the-reaction']);
    expect(textOf(timeline)).toContain('March 2024 March 2024, day not known The hearing');
  });

  it('numbers citations and lists references with publisher and date', () => {
    const vote = readPage(site, 'events/the-vote/index.html');
    expect(vote).toContain(
      '<a href="#ref-2" id="cite-2-1" class="citation" aria-label="Reference 2: Radio bulletin relaying the Gazette">[2]</a>',
    );
    const refs = textOf(section(vote, 'references'));
    expect(refs).toContain('Gazette report on the vote , The Example Gazette , 5 March 2024');
    expect(refs).toContain('Radio bulletin relaying the Gazette , Example Radio , 5 March 2024');
  });

  it('shows the relay chain on a source page', () => {
    const relay = readPage(site, 'sources/radio-relay/index.html');
    expect(relay).toMatch(
      /<dt[^>]*>Relay chain<\/dt><dd class="relay-chain">Example Radio, relaying <a href="\/sources\/gazette-report\/"/,
    );
  });
});
