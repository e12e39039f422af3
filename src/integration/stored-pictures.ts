/**
 * What the loader stores of an entry's pictures (`stored-entry.ts`): its
 * lead picture and its body's figures, each with its size from reading the
 * file and its path from the entry's file, as Astro's `image()` takes it.
 */
import { posix } from 'node:path';
import type { Corpus } from '../model/corpus.ts';
import type { ReadEntry } from '../model/entry.ts';
import type { MediaInfo } from '../model/read-media.ts';
import type { PictureToStore } from './stored-entry.ts';

/**
 * An entry's pictures as the store keeps them, its lead picture first, each
 * file as a path from the entry's file, as Astro's `image()` takes it.
 */
export function picturesOf(entry: ReadEntry, media: Corpus['media']): PictureToStore[] {
  const fromEntry = (src: string) => {
    const path = posix.relative(posix.dirname(entry.file), src);
    // The checks passed, so every file was read (`read-media.ts`).
    const { width, height, format } = media.get(src) as Extract<MediaInfo, { width: number }>;
    return { image: path.startsWith('.') ? path : `./${path}`, width, height, format };
  };
  const pictures: PictureToStore[] = [];
  const lead = entry.data.picture;
  if (lead) {
    const { src, alt, decorative, caption, credit, license, link, kind } = lead;
    pictures.push({
      role: 'lead',
      file: src,
      ...fromEntry(src),
      alt: decorative ? '' : (alt ?? ''),
      credit,
      kind,
      ...(caption ? { caption } : {}),
      ...(license ? { license } : {}),
      ...(link ? { link } : {}),
    });
  }
  for (const { src, alt, caption, credit, license } of entry.body.figures) {
    pictures.push({
      role: 'figure',
      file: src,
      ...fromEntry(src),
      alt,
      credit,
      kind: 'photo',
      ...(caption ? { caption } : {}),
      ...(license ? { license } : {}),
    });
  }
  return pictures;
}
