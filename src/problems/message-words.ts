/** Small pieces of wording the messages share. */

export const list = (values: readonly string[]) => values.join(', ');
export const an = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);
/** `"text"`, cut to one line of at most 60 characters. */
export const quoteShort = (text: string) => {
  const line = text.split('\n')[0]!;
  return `"${line.length > 60 ? `${line.slice(0, 59)}…` : line !== text ? `${line}…` : line}"`;
};
/** The hint `text` when there is a suggestion to make, else none. */
export const maybe = (suggestion: string | undefined, text: string) => (suggestion ? text : undefined);
