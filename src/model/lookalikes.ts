/**
 * Names that look alike but are written in different scripts: Latin "CNN"
 * and "СNN", whose "С" is Cyrillic. Readers can't tell them apart, but links
 * and searches can: one entry gets the other's links, or none. Two texts look
 * alike when their skeletons are equal: each character mapped to the one it
 * is confused with, by Unicode's table of confusables
 * (https://www.unicode.org/reports/tr39/#Confusable_Detection, through the
 * `unhomoglyph` package). Only texts whose scripts differ are reported:
 * "rn" and "m" look alike too, but they are both Latin, and the editor typed them.
 */
import unhomoglyph from 'unhomoglyph';
import type { ReadEntry } from './entry.ts';
import { normalizeKey } from '../entries/normalize.ts';
import { fieldName } from '../entries/zod-problems.ts';
import { mayMix, scriptOf, scriptsOf } from '../entries/scripts.ts';
import { codePoint } from '../problems/unseen-chars.ts';
import { messages } from '../problems/messages.ts';
import type { ProblemList } from '../problems/problems.ts';

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/gu;
const WORD_BREAK = /[^\p{L}\p{M}\p{N}]+/u;

/**
 * What a text looks like, whatever its scripts, case and accents, as links
 * are matched: `СNN`, `Сnn` and `cnn` meet at `cnn`. Confusables are mapped
 * before the case is folded, since Unicode's table pairs capitals with
 * capitals (Cyrillic "В" looks like "B", its small "в" like no Latin letter).
 */
export function skeleton(text: string): string {
  const bare = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(INVISIBLE, '');
  return normalizeKey(unhomoglyph(bare));
}

/** A name, title, alias or id of an entry, and where it is written (`path`; none for an id). */
interface Written {
  text: string;
  entry: ReadEntry;
  path?: (string | number)[];
  scripts: string[];
}

/**
 * `Cyrillic "С" (U+0421)`: the letters of `text` in none of `scripts`, by
 * script, at most three of them.
 */
export function foreignLetters(text: string, scripts: readonly string[]): string {
  const letters = [...new Set([...text].filter((c) => scriptOf(c) !== undefined && !scripts.includes(scriptOf(c)!)))];
  const byScript = new Map<string, string[]>();
  for (const c of letters.slice(0, 3)) byScript.set(scriptOf(c)!, [...(byScript.get(scriptOf(c)!) ?? []), `"${c}" (${codePoint(c)})`]);
  const shown = [...byScript].map(([script, chars]) => `${script} ${chars.join(', ')}`).join('; ');
  return `${shown}${letters.length > 3 ? ` and ${letters.length - 3} more` : ''}`;
}

/** Every name, title and alias of the entries, and their ids, grouped by skeleton. */
export class Lookalikes {
  private readonly bySkeleton = new Map<string, Written[]>();

  constructor(entries: readonly ReadEntry[]) {
    for (const entry of entries) {
      if (entry.kind === 'story') continue;
      this.add({ text: entry.id, entry, scripts: ['Latin'] });
      this.add({ text: entry.name, entry, path: [entry.kind === 'actor' ? 'name' : 'title'], scripts: scriptsOf(entry.name) });
      entry.aliases.forEach((alias, i) => this.add({ text: alias, entry, path: ['aliases', i], scripts: scriptsOf(alias) }));
    }
  }

  private add(written: Written): void {
    const key = skeleton(written.text);
    if (!key) return;
    const group = this.bySkeleton.get(key);
    if (group) group.push(written);
    else this.bySkeleton.set(key, [written]);
  }

  /**
   * A text of the story that `text` looks like but that is written in other
   * scripts: what a link that matches nothing was likely meant to be.
   */
  like(text: string): string | undefined {
    const scripts = scriptsOf(text);
    const group = this.bySkeleton.get(skeleton(text)) ?? [];
    const candidates = group.filter((w) => !sameScripts(w.scripts, scripts) && mayMix(w.scripts));
    return (candidates.find((w) => w.path) ?? candidates[0])?.text;
  }

  /**
   * Warns at each name or alias that looks like another entry's but is
   * written in other scripts, and at each that mixes scripts in one word.
   * Of two that look alike, the one written in one script is taken as meant.
   */
  check(problems: ProblemList): void {
    const flagged = new Set<Written>();
    for (const group of this.bySkeleton.values()) {
      if (group.length < 2) continue;
      const meant = group.find((w) => w.path && mayMix(w.scripts)) ?? group.find((w) => mayMix(w.scripts)) ?? group[0]!;
      for (const w of group) {
        if (!w.path || w.entry === meant.entry || sameScripts(w.scripts, meant.scripts)) continue;
        if (normalizeKey(w.text) === normalizeKey(meant.text)) continue;
        flagged.add(w);
        const where = meant.path ? meant.entry.file : `the id of ${meant.entry.file}`;
        problems.warning(
          w.entry.file,
          w.entry.positionOf(w.path),
          messages.lookalikeName(fieldName(w.path), w.text, meant.text, where, foreignLetters(w.text, meant.scripts)),
        );
      }
    }
    for (const group of this.bySkeleton.values()) {
      for (const w of group) if (w.path && !flagged.has(w)) warnIfMixed(w, problems);
    }
  }
}

function sameScripts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s) => b.includes(s));
}

/** A word of one name that mixes scripts: `СNN`, not `Volodymyr Зеленський`. */
function warnIfMixed(w: Written, problems: ProblemList): void {
  for (const word of w.text.split(WORD_BREAK)) {
    const scripts = scriptsOf(word);
    if (mayMix(scripts)) continue;
    // The letters of the scripts fewest letters are written in, among the others.
    const count = (s: string) => [...word].filter((c) => scriptOf(c) === s).length;
    const main = [...scripts].sort((a, b) => count(b) - count(a))[0]!;
    const letters = `${foreignLetters(word, [main])} among ${main} letters`;
    problems.warning(w.entry.file, w.entry.positionOf(w.path!), messages.mixedScript(fieldName(w.path!), w.text, letters));
    return;
  }
}
