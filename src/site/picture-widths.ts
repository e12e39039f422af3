/**
 * The widths a picture is made in, and the `sizes` that tell the browser
 * which to take, for each place a page shows one. The widths stop at the
 * file's own: a picture is never made larger than it is.
 */
export type PicturePlace = 'body' | 'rail' | 'lead' | 'thumb';

const PLACES: Record<PicturePlace, { widths: number[]; sizes: string }> = {
  // The reading column: 42rem at most, the screen less its margins below that.
  body: { widths: [320, 480, 640, 960, 1280], sizes: '(min-width: 46rem) 42rem, calc(100vw - 2rem)' },
  lead: { widths: [320, 480, 640, 960, 1280], sizes: '(min-width: 46rem) 42rem, calc(100vw - 2rem)' },
  // The infobox: the 17rem rail on wide screens, the column below 64rem.
  rail: { widths: [320, 480, 640, 960], sizes: '(min-width: 64rem) 17rem, (min-width: 46rem) 42rem, calc(100vw - 2rem)' },
  thumb: { widths: [96, 192], sizes: '6rem' },
};

export function pictureWidths(fileWidth: number, place: PicturePlace): { widths: number[]; sizes: string } {
  const { widths, sizes } = PLACES[place];
  if (fileWidth >= widths.at(-1)!) return { widths, sizes };
  return { widths: [...widths.filter((w) => w < fileWidth), fileWidth], sizes };
}
