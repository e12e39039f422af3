/**
 * Reads the files of `media/` (listed by `listMedia`) far enough to know
 * that a page can show each one: a kind of picture Astro's image pipeline
 * takes, whole (decoded once, small), within the size limit, and, for an
 * SVG, free of scripts and of references to anything outside the file.
 * What it finds about each file is reported where an entry uses it
 * (`check-pictures.ts`).
 */
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import sharp from 'sharp';
import type { Message } from '../problems/messages.ts';
import { pictureMessages } from '../problems/picture-messages.ts';

/** The most pixels a picture may have: 50 megapixels, a 8,660 × 5,773 photo. */
export const MAX_PICTURE_PIXELS = 50_000_000;

/** The kinds of file Astro's image pipeline (sharp) takes, by name. */
const PICTURE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tif', '.tiff', '.svg']);

export type MediaInfo = { width: number; height: number; format: string } | { problem: Message };

/** What an SVG may not hold, with how the message names it. */
const SVG_HAZARDS: [RegExp, string][] = [
  [/<script\b/i, 'a script'],
  [/\son[a-z]+\s*=/i, 'an event handler ("on..." attribute)'],
  [/<foreignObject\b/i, 'a foreignObject (HTML inside the drawing)'],
  [/<!ENTITY/i, 'an XML entity declaration'],
  [/(?:href|src)\s*=\s*["'](?!#|data:image\/(?:png|jpeg|gif|webp);)[^"']*["']/i, 'a reference to another file or address'],
  [/url\(\s*["']?(?!#)/i, 'a reference to another file or address (url(...))'],
  [/@import\b/i, 'a style sheet import'],
];

/** What can be said of one media file, read from `root`. */
export async function readMediaFile(root: string, src: string): Promise<MediaInfo> {
  const ext = extname(src).toLowerCase();
  if (ext === '.pdf') return { problem: pictureMessages.pdfPicture(src) };
  if (!PICTURE_EXTENSIONS.has(ext)) return { problem: pictureMessages.notAPicture(src, `its name ends in "${ext || 'nothing'}"`) };
  let bytes: Buffer;
  try {
    bytes = await readFile(join(root, src));
  } catch (error) {
    return { problem: pictureMessages.notAPicture(src, `it can't be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`) };
  }
  if (ext === '.svg') {
    const text = bytes.toString('utf8');
    const hazard = SVG_HAZARDS.find(([pattern]) => pattern.test(text));
    if (hazard) return { problem: pictureMessages.unsafeSvg(src, hazard[1]) };
  }
  try {
    const { width, height, format } = await sharp(bytes, { limitInputPixels: false }).metadata();
    if (!width || !height) return { problem: pictureMessages.notAPicture(src, 'it has no size') };
    if (width * height > MAX_PICTURE_PIXELS) return { problem: pictureMessages.pictureTooLarge(src, width, height, MAX_PICTURE_PIXELS) };
    // Decoded whole, so a file cut short or damaged is found here, not halfway through a build.
    await sharp(bytes, { limitInputPixels: MAX_PICTURE_PIXELS, failOn: 'error' }).resize(8, 8, { fit: 'inside' }).raw().toBuffer();
    return { width, height, format };
  } catch (error) {
    // libvips words the same damage differently from one run to the next: only its kind is told.
    const misnamed = /unsupported image format/.test((error as Error).message);
    return {
      problem: pictureMessages.notAPicture(src, misnamed ? 'what it holds is no picture (is it misnamed?)' : 'it is damaged or cut short'),
    };
  }
}

/** Every media file read, a few at a time. */
export async function readMedia(root: string, files: readonly string[]): Promise<Map<string, MediaInfo>> {
  const infos = new Map<string, MediaInfo>();
  for (let i = 0; i < files.length; i += 4) {
    const batch = files.slice(i, i + 4);
    const read = await Promise.all(batch.map((src) => readMediaFile(root, src)));
    batch.forEach((src, k) => infos.set(src, read[k]!));
  }
  return infos;
}
