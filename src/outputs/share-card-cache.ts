/**
 * Share cards kept between builds, as Astro keeps the pictures it made
 * (both in Astro's `cacheDir`): a card is drawn again only when what it shows
 * changed (its text, its picture's bytes) or the code and fonts that draw it
 * did. A cold build draws every card; a rebuild reads the ones it has.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ShareCard } from './share-card.ts';

const require = createRequire(import.meta.url);

/** A package's version, from the package.json above its entry point (not every package exports it). */
function versionOf(name: string): string {
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name: found, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (found === name) return version ?? '';
    }
  }
  return '';
}

/** What draws a card: the drawing code (`drawingCode`, the path of `share-card.ts`), and the versions of what it uses. */
const drawingOf = (drawingCode: string) =>
  [readFileSync(drawingCode, 'utf8'), ...['satori', '@resvg/resvg-js', 'sharp', '@fontsource/noto-sans'].map(versionOf)].join('\u0000');

export type CardCache = (card: ShareCard, draw: (card: ShareCard) => Promise<Uint8Array>) => Promise<Uint8Array>;

export function cardCache(dir: string, drawingCode: string): CardCache {
  mkdirSync(dir, { recursive: true });
  const drawing = drawingOf(drawingCode);
  return async (card, draw) => {
    const hash = createHash('sha256').update(drawing).update(JSON.stringify(card));
    if (card.picture) hash.update(readFileSync(card.picture));
    const file = join(dir, `${hash.digest('hex')}.png`);
    try {
      return new Uint8Array(readFileSync(file));
    } catch {
      const png = await draw(card);
      // Written whole, then renamed: a build killed meanwhile leaves no half card.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, png);
      renameSync(partial, file);
      return png;
    }
  };
}
