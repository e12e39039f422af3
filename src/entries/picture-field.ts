/**
 * An entry's lead picture, as an editor writes it in the front matter:
 *
 * ```yaml
 * picture:
 *   src: media/memo-page-1.png   # a file in the content folder's media/
 *   alt: The first page of the memo, with its classification marks
 *   caption: The memo as it circulated online
 *   credit: US Department of Defense    # who took or owns it: required
 *   license: Public domain              # optional
 *   link: https://example.org/original  # optional: the original
 *   kind: document                      # photo (default) or document: a scan, shown whole
 * ```
 *
 * `alt` is required unless `decorative: true`: that, and whether the file
 * exists and can be shown, is checked with the media folder (`check-pictures.ts`).
 */
import * as z from 'zod';

const text = z.string().trim().min(1, { error: 'must not be empty' });

/** Where pictures live, in the content folder. */
export const MEDIA_FOLDER = 'media';

export const PICTURE_KINDS = ['photo', 'document'] as const;

export const pictureSchema = z.object({
  src: text,
  alt: text.optional(),
  decorative: z.boolean().default(false),
  caption: text.optional(),
  /** Who took or owns the picture. */
  credit: text,
  license: text.optional(),
  link: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  kind: z.enum(PICTURE_KINDS).default('photo'),
});

export type PictureField = z.infer<typeof pictureSchema>;
