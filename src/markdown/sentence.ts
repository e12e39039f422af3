/**
 * The sentence around a mention, for "Mentioned in" lists: from the end of
 * the previous sentence to the end of the one holding `[start, end)`. A
 * sentence longer than `max` characters is cut to a stretch around the
 * mention, marked with "…": cut between words, never inside a quotation
 * (a quotation holding the mention is kept whole), so no word is cut and no
 * quotation mark is left unmatched.
 */
const END = /[.!?…]["'”’)\]]*\s+/g;

export function sentenceAround(text: string, start: number, end: number, max = 280): string {
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(END)) {
    const boundary = match.index + match[0].length;
    if (boundary <= start) from = boundary;
    else if (match.index >= end - 1) {
      to = match.index + match[0].trimEnd().length;
      break;
    }
  }
  const sentence = text.slice(from, to);
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  if (flat(sentence).length <= max) return flat(sentence);
  const [a, b] = window(sentence, start - from, end - from, max);
  return `${a > 0 ? '…' : ''}${flat(sentence.slice(a, b))}${b < sentence.length ? '…' : ''}`;
}

/** `[a, b)` of about `max` characters around `[start, end)`, moved off words and quotations. */
function window(text: string, start: number, end: number, max: number): [number, number] {
  let a = Math.max(0, Math.min(start, start - Math.floor((max - (end - start)) / 2)));
  let b = Math.min(text.length, Math.max(end, a + max));
  a = Math.max(0, Math.min(a, b - max));
  for (const [open, close] of quotations(text)) {
    if (a > open && a < close) a = close <= start ? close : open;
    if (b > open && b < close) b = open >= end ? open : close;
  }
  // Between words: after a space for the start, before one for the end, the mention kept whole.
  const boundary = (i: number) => i <= 0 || i >= text.length || /\s/.test(text[i - 1]!) || /\s/.test(text[i]!);
  const first = (from: number, to: number, step: 1 | -1) => {
    for (let i = from; step > 0 ? i <= to : i >= to; i += step) if (boundary(i)) return i;
    return undefined;
  };
  a = first(a, start, 1) ?? first(a, 0, -1) ?? 0;
  b = first(b, end, -1) ?? first(b, text.length, 1) ?? text.length;
  return [a, b];
}

/** The quotations of `text`, as `[index of the opening mark, index after the closing one)`. */
function quotations(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let open: number | undefined;
  let curly: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      if (open === undefined) open = i;
      else {
        spans.push([open, i + 1]);
        open = undefined;
      }
    } else if (c === '“') curly = i;
    else if (c === '”' && curly !== undefined) {
      spans.push([curly, i + 1]);
      curly = undefined;
    }
  }
  return spans;
}
