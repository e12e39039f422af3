/**
 * A page's share card: the 1200 × 630 PNG a link preview shows (`og:image`),
 * made at build time from what the page is about: its kind and date or role,
 * its name or title, its claim status, the story's title, and its lead
 * picture beside them when it has one.
 *
 * satori lays the card out and turns its text into paths with the font the
 * project ships (Noto Sans, from `@fontsource/noto-sans`), resvg draws it,
 * sharp encodes it: no system font is read, so the cards come out the same,
 * byte for byte, on every machine. A story written right to left is laid
 * out right to left (satori's `direction`) in Noto Sans Arabic, which also
 * has Latin letters, and its text is left as text for resvg to shape: its
 * shaping joins Arabic letters as they should (satori's paths miss some
 * final forms) and orders mixed Arabic and Latin words.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** The lead picture's panel, at the card's right. */
const PANEL = 420;

export interface ShareCard {
  /** The kicker: "Event · April 7, 2023", "Actor · agency". */
  kicker: string;
  title: string;
  /** A claim status to show as a pill ("Reported"), if any. */
  status?: string;
  /** The story's title, at the foot. */
  story: string;
  /** The lead picture's file, to show in the panel. */
  picture?: string;
  /** A document (a scan) shows its top, where its heading is; a photo what draws the eye. */
  pictureKind?: 'photo' | 'document';
  /** `rtl` for a story written right to left (Arabic, Persian, Urdu; Hebrew letters are drawn as boxes). */
  dir?: 'rtl';
}

const require = createRequire(import.meta.url);
type Font = { name: string; weight: 400 | 700; style: 'normal'; data: Buffer };
const fontsOf = (subsets: readonly string[]): Font[] =>
  subsets.flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: `Noto Sans ${subset}`,
      weight,
      style: 'normal' as const,
      data: readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)),
    })),
  );
/**
 * Basic Latin is read at once; the rest of what Noto Sans covers (accented
 * Latin, Cyrillic, Greek, Vietnamese) only when a card has a letter Latin
 * lacks (satori's `loadAdditionalAsset`): parsing a font costs more than
 * drawing a card. satori keeps one font per name and weight, so each subset
 * is a family of its own. Scripts beyond these and Arabic (Hebrew, CJK...)
 * are drawn as boxes: the card keeps its layout, the page its text.
 */
const FIRST = ['latin'];
const MORE = ['latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'];
let first: Font[] | undefined;
let more: Font[] | undefined;

const ARABIC = 'Noto Sans Arabic';
const ARABIC_FILES = {
  400: require.resolve('@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf'),
  700: require.resolve('@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf'),
} as const;
let arabic: Font[] | undefined;
const arabicFonts = () =>
  (arabic ??= ([400, 700] as const).map((weight) => ({
    name: ARABIC,
    weight,
    style: 'normal' as const,
    data: readFileSync(ARABIC_FILES[weight]),
  })));

type Node = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({
  type,
  props: { style, children: children.length === 1 ? children[0] : children },
});

/**
 * The picture for the panel: cropped to it around what draws the eye, and
 * reduced to 16 colours, dithered (a full-colour photo would make the card
 * five times the 100 KB it may weigh).
 */
async function panelPicture(file: string, kind: ShareCard['pictureKind']): Promise<string> {
  const png = await sharp(file)
    .rotate()
    .resize(PANEL, CARD_HEIGHT, { fit: 'cover', position: kind === 'document' ? 'top' : 'attention' })
    .png({ palette: true, colours: 16, dither: 1, effort: 7 })
    .toBuffer();
  return `data:image/png;base64,${png.toString('base64')}`;
}

function layout(card: ShareCard, picture: string | undefined): Node {
  const family = card.dir === 'rtl' ? ARABIC : [...FIRST, ...MORE].map((s) => `Noto Sans ${s}`).join(', ');
  const text = h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      flexGrow: 1,
      flexShrink: 1,
      minWidth: 0,
      padding: '56px 64px',
    },
    h(
      'div',
      { display: 'flex', flexDirection: 'column' },
      h(
        'div',
        { fontSize: 28, fontWeight: 700, color: '#a33b25', letterSpacing: 1, textTransform: 'uppercase', lineClamp: 1 },
        card.kicker,
      ),
      h(
        'div',
        { display: 'block', marginTop: 20, fontSize: picture ? 50 : 58, fontWeight: 700, lineHeight: 1.15, color: '#15171a', lineClamp: 3 },
        card.title,
      ),
      ...(card.status
        ? [
            h(
              'div',
              { display: 'flex', marginTop: 28 },
              h(
                'div',
                { fontSize: 24, fontWeight: 700, color: '#fff', background: '#2f5d8a', padding: '6px 20px', borderRadius: 999 },
                card.status,
              ),
            ),
          ]
        : []),
    ),
    h(
      'div',
      { display: 'block', fontSize: 26, color: '#4a4f57', borderTop: '2px solid #d9d4c7', paddingTop: 18, lineClamp: 1 },
      card.story,
    ),
  );
  const panel: Node[] = picture
    ? [
        {
          type: 'img',
          props: { src: picture, width: PANEL, height: CARD_HEIGHT, style: { width: PANEL, height: CARD_HEIGHT, flexShrink: 0 } },
        },
      ]
    : [];
  const root = { display: 'flex', width: CARD_WIDTH, height: CARD_HEIGHT, background: '#f7f4ec', fontFamily: family };
  return h('div', card.dir === 'rtl' ? { ...root, direction: 'rtl' } : root, text, ...panel);
}

/** The card as a PNG file's bytes. */
export async function renderShareCard(card: ShareCard): Promise<Buffer> {
  const picture = card.picture ? await panelPicture(card.picture, card.pictureKind) : undefined;
  const rtl = card.dir === 'rtl';
  const svg = await satori(layout(card, picture) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    ...(rtl
      ? { fonts: arabicFonts(), embedFont: false }
      : {
          fonts: (first ??= fontsOf(FIRST)),
          loadAdditionalAsset: (code: string) => Promise.resolve(code === 'emoji' ? '' : (more ??= fontsOf(MORE))),
        }),
  });
  const font = rtl
    ? { loadSystemFonts: false, fontFiles: Object.values(ARABIC_FILES), defaultFontFamily: ARABIC }
    : { loadSystemFonts: false };
  const drawn = new Resvg(svg, { fitTo: { mode: 'original' }, font }).render();
  const image = sharp(drawn.pixels, { raw: { width: drawn.width, height: drawn.height, channels: 4 } }).removeAlpha();
  // A card with a photo in 256 colours; one of flat colour and text in full colour (it stays small).
  return (
    picture ? image.png({ palette: true, colours: 256, dither: 0, effort: 1, compressionLevel: 9 }) : image.png({ compressionLevel: 3 })
  ).toBuffer();
}
