/**
 * The pictures of the test stories, made by the tests themselves (the seed
 * story has none, and none may be invented): test patterns drawn with sharp
 * from a fixed seed, so each file is the same on every run. "Photos" are a
 * gradient with grain (so they compress as photos do, not as flat colour);
 * "documents" are a white page with lines of grey bars standing for text.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';

/** A small fixed-seed generator (mulberry32): the same grain on every run. */
function grain(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A photo-like test pattern, width × height, as raw RGB. */
export function photoPixels(width: number, height: number, seed = 1): Buffer {
  const random = grain(seed);
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const n = (random() - 0.5) * 40;
      const wave = Math.sin((x + seed * 97) / 37) * Math.cos(y / 53) * 30;
      pixels[i] = clamp(40 + (180 * x) / width + n + wave);
      pixels[i + 1] = clamp(60 + (120 * y) / height + n);
      pixels[i + 2] = clamp(150 - (90 * y) / height + n - wave);
    }
  }
  return pixels;
}

const clamp = (v: number) => Math.max(0, Math.min(255, Math.round(v)));

/** A scanned-page test pattern: a white page with grey bars for lines of text. */
export function documentPixels(width: number, height: number, seed = 2): Buffer {
  const random = grain(seed);
  const pixels = Buffer.alloc(width * height * 3, 250);
  const margin = Math.round(width / 10);
  const lineHeight = Math.round(height / 60);
  for (let top = margin; top < height - margin; top += lineHeight * 2) {
    const end = margin + Math.round((width - 2 * margin) * (0.6 + 0.4 * random()));
    for (let y = top; y < top + lineHeight; y++) {
      for (let x = margin; x < end; x++) pixels.fill(70, (y * width + x) * 3, (y * width + x) * 3 + 3);
    }
  }
  return pixels;
}

export interface TestPicture {
  /** Relative to the content folder: `media/...`. */
  file: string;
  width: number;
  height: number;
  kind: 'photo' | 'document';
}

/** Writes each picture into `contentDir`, as its name's format says (.jpg, .png). */
export async function writePictures(contentDir: string, pictures: readonly TestPicture[]): Promise<void> {
  for (const [i, { file, width, height, kind }] of pictures.entries()) {
    const raw = kind === 'photo' ? photoPixels(width, height, i + 1) : documentPixels(width, height, i + 1);
    const image = sharp(raw, { raw: { width, height, channels: 3 } });
    const path = join(contentDir, file);
    mkdirSync(dirname(path), { recursive: true });
    await (file.endsWith('.png') ? image.png() : image.jpeg({ quality: 90 })).toFile(path);
  }
}

/** The pictures of `tests/fixtures/pictures-story`. */
export const PICTURES_STORY: TestPicture[] = [
  { file: 'media/harbour.jpg', width: 2400, height: 1600, kind: 'photo' },
  { file: 'media/detour-map.png', width: 1400, height: 900, kind: 'document' },
  { file: 'media/authority-office.jpg', width: 1200, height: 1500, kind: 'photo' },
  { file: 'media/inspection-report.png', width: 1240, height: 1754, kind: 'document' },
  { file: 'media/crack.jpg', width: 800, height: 600, kind: 'photo' },
];
