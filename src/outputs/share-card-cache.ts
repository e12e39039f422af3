/**
 * Share cards kept between builds, as Astro keeps the pictures it made
 * (both in Astro's `cacheDir`): a card is drawn again only when what it shows
 * changed (its text, its picture's bytes) or the code and fonts that draw it
 * did. A cold build draws every card; a rebuild finds the ones it has.
 *
 * A card is known by its file in the cache: the build holds the names of
 * the files, never their bytes, until the card's route reads one (10,000
 * cards of 36 KB would otherwise sit in the build's memory to its end).
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

/** The file that holds `card`'s PNG once drawn: the same card, picture and drawing code, the same file. */
export type CardFile = (card: ShareCard) => string;

export function cardFiles(dir: string, drawingCode: string): CardFile {
  mkdirSync(dir, { recursive: true });
  // Digested once: the drawing code is the same for every card of a build.
  const drawing = createHash('sha256').update(drawingOf(drawingCode)).digest('hex');
  return (card) => {
    const hash = createHash('sha256').update(drawing).update(JSON.stringify(card));
    if (card.picture) hash.update(readFileSync(card.picture));
    return join(dir, `${hash.digest('hex')}.png`);
  };
}

/** Keeps a drawn card in its file: written whole, then renamed, so a build killed meanwhile leaves no half card. */
export function keepCard(file: string, png: Uint8Array): void {
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, file);
}
