/**
 * Which writing system (Unicode script) a letter belongs to, for the checks
 * of names that look alike but are written in different ones: Latin "CNN"
 * and "СNN" with a Cyrillic "С". JavaScript has no lookup of a character's
 * script, only a test per script (`\p{Script=...}`), so each letter's
 * answer is kept once found.
 */

/**
 * Unicode's scripts as ECMAScript names them, but Common and Inherited
 * (digits, punctuation, combining marks), which belong to every script.
 * A name this Node does not know is left out.
 */
const SCRIPT_NAMES = [
  'Adlam',
  'Ahom',
  'Anatolian_Hieroglyphs',
  'Arabic',
  'Armenian',
  'Avestan',
  'Balinese',
  'Bamum',
  'Bassa_Vah',
  'Batak',
  'Bengali',
  'Bhaiksuki',
  'Bopomofo',
  'Brahmi',
  'Braille',
  'Buginese',
  'Buhid',
  'Canadian_Aboriginal',
  'Carian',
  'Caucasian_Albanian',
  'Chakma',
  'Cham',
  'Cherokee',
  'Chorasmian',
  'Coptic',
  'Cuneiform',
  'Cypriot',
  'Cypro_Minoan',
  'Cyrillic',
  'Deseret',
  'Devanagari',
  'Dives_Akuru',
  'Dogra',
  'Duployan',
  'Egyptian_Hieroglyphs',
  'Elbasan',
  'Elymaic',
  'Ethiopic',
  'Garay',
  'Georgian',
  'Glagolitic',
  'Gothic',
  'Grantha',
  'Greek',
  'Gujarati',
  'Gunjala_Gondi',
  'Gurmukhi',
  'Gurung_Khema',
  'Han',
  'Hangul',
  'Hanifi_Rohingya',
  'Hanunoo',
  'Hatran',
  'Hebrew',
  'Hiragana',
  'Imperial_Aramaic',
  'Inscriptional_Pahlavi',
  'Inscriptional_Parthian',
  'Javanese',
  'Kaithi',
  'Kannada',
  'Katakana',
  'Kawi',
  'Kayah_Li',
  'Kharoshthi',
  'Khitan_Small_Script',
  'Khmer',
  'Khojki',
  'Khudawadi',
  'Kirat_Rai',
  'Lao',
  'Latin',
  'Lepcha',
  'Limbu',
  'Linear_A',
  'Linear_B',
  'Lisu',
  'Lycian',
  'Lydian',
  'Mahajani',
  'Makasar',
  'Malayalam',
  'Mandaic',
  'Manichaean',
  'Marchen',
  'Masaram_Gondi',
  'Medefaidrin',
  'Meetei_Mayek',
  'Mende_Kikakui',
  'Meroitic_Cursive',
  'Meroitic_Hieroglyphs',
  'Miao',
  'Modi',
  'Mongolian',
  'Mro',
  'Multani',
  'Myanmar',
  'Nabataean',
  'Nag_Mundari',
  'Nandinagari',
  'New_Tai_Lue',
  'Newa',
  'Nko',
  'Nushu',
  'Nyiakeng_Puachue_Hmong',
  'Ogham',
  'Ol_Chiki',
  'Ol_Onal',
  'Old_Hungarian',
  'Old_Italic',
  'Old_North_Arabian',
  'Old_Permic',
  'Old_Persian',
  'Old_Sogdian',
  'Old_South_Arabian',
  'Old_Turkic',
  'Old_Uyghur',
  'Oriya',
  'Osage',
  'Osmanya',
  'Pahawh_Hmong',
  'Palmyrene',
  'Pau_Cin_Hau',
  'Phags_Pa',
  'Phoenician',
  'Psalter_Pahlavi',
  'Rejang',
  'Runic',
  'Samaritan',
  'Saurashtra',
  'Sharada',
  'Shavian',
  'Siddham',
  'SignWriting',
  'Sinhala',
  'Sogdian',
  'Sora_Sompeng',
  'Soyombo',
  'Sundanese',
  'Sunuwar',
  'Syloti_Nagri',
  'Syriac',
  'Tagalog',
  'Tagbanwa',
  'Tai_Le',
  'Tai_Tham',
  'Tai_Viet',
  'Takri',
  'Tamil',
  'Tangsa',
  'Tangut',
  'Telugu',
  'Thaana',
  'Thai',
  'Tibetan',
  'Tifinagh',
  'Tirhuta',
  'Todhri',
  'Toto',
  'Tulu_Tigalari',
  'Ugaritic',
  'Vai',
  'Vithkuqi',
  'Wancho',
  'Warang_Citi',
  'Yezidi',
  'Yi',
  'Zanabazar_Square',
];

let tests: [string, RegExp][] | undefined;
const known = new Map<string, string | undefined>();

function lookUp(char: string): string | undefined {
  tests ??= SCRIPT_NAMES.flatMap((name): [string, RegExp][] => {
    try {
      return [[name.replaceAll('_', ' '), new RegExp(`^\\p{Script=${name}}$`, 'u')]];
    } catch {
      return [];
    }
  });
  return tests.find(([, test]) => test.test(char))?.[0];
}

/** The script of one character ("Latin", "Cyrillic", "Old Italic"), or undefined for one of every script. */
export function scriptOf(char: string): string | undefined {
  if (char < '\u0080') return /[A-Za-z]/.test(char) ? 'Latin' : undefined;
  if (!known.has(char)) known.set(char, lookUp(char));
  return known.get(char);
}

/** The scripts of a text's letters, in the order they first appear. */
export function scriptsOf(text: string): string[] {
  const scripts = new Set<string>();
  for (const char of text) {
    const script = scriptOf(char);
    if (script) scripts.add(script);
  }
  return [...scripts];
}

/**
 * The scripts a single word may mix: Japanese writes Han, Hiragana and
 * Katakana together, Chinese and Korean mix Han with Bopomofo or Hangul,
 * and each with Latin (Unicode's "highly restrictive" level,
 * https://www.unicode.org/reports/tr39/#Restriction_Level_Detection).
 */
const MIXES = [
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Bopomofo'],
  ['Latin', 'Han', 'Hangul'],
];

/** Whether letters of these scripts may stand in one word. */
export function mayMix(scripts: readonly string[]): boolean {
  return scripts.length < 2 || MIXES.some((mix) => scripts.every((s) => mix.includes(s)));
}
