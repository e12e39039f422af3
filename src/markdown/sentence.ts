/**
 * The sentence around a mention, for "Mentioned in" lists: from the end of
 * the previous sentence to the end of the one holding `[start, end)`,
 * shortened with an ellipsis past `max` characters.
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
  let sentence = text.slice(from, to).replace(/\s+/g, ' ').trim();
  if (sentence.length > max) {
    const localStart = Math.max(0, start - from - Math.floor(max / 2));
    sentence = `${localStart > 0 ? '…' : ''}${sentence.slice(localStart, localStart + max).trim()}…`;
  }
  return sentence;
}
