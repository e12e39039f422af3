/**
 * micromark extension for the two bits of syntax Dossier adds to Markdown,
 * tokenized where Markdown's own inline syntax is (so `[[x]]` inside code
 * stays text, and positions come from the tokenizer):
 *
 * - cross-links: `[[target]]` and `[[target|label]]` (`wikiLink`), which
 *   may run over lines as a paragraph wraps; in a table,
 *   `[[target\|label]]`, since `|` separates the cells;
 * - citations: `[@source-id]` and `[@a; @b]` (`citation`).
 *
 * `[[` that opens no cross-link (`[[a [b] c]]`, `[[cnn` never closed) is a
 * token of its own (`wikiLinkMalformed`), up to its matching `]]` or the end
 * of the line, so the checks can point at it. A bracket group followed by
 * `(` or `[` is left to Markdown: `[@a](url)` is a link.
 */
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { markdownLineEnding, markdownLineEndingOrSpace, markdownSpace } from 'micromark-util-character';
import { codes } from 'micromark-util-symbol';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    wikiLink: 'wikiLink';
    wikiLinkMarker: 'wikiLinkMarker';
    wikiLinkText: 'wikiLinkText';
    wikiLinkMalformed: 'wikiLinkMalformed';
    citation: 'citation';
    citationMarker: 'citationMarker';
    citationKeys: 'citationKeys';
  }
}

/** Whether `code` may follow a bracket group without making it a Markdown link. */
const endsGroup = (code: Code) => code !== codes.leftParenthesis && code !== codes.leftSquareBracket;

const wikiLink: Construct = { name: 'wikiLink', tokenize: tokenizeWikiLink, partial: true };
const wikiLinkMalformed: Construct = { name: 'wikiLinkMalformed', tokenize: tokenizeWikiLinkMalformed, partial: true };

/** `[[`: a cross-link, or else a malformed one. */
const wikiLinkOrMalformed: Construct = {
  name: 'wikiLinkOrMalformed',
  tokenize(effects, ok, nok) {
    return (code) => effects.attempt(wikiLink, ok, effects.attempt(wikiLinkMalformed, ok, nok))(code);
  },
};

const citation: Construct = { name: 'citation', tokenize: tokenizeCitation };

/** The extension: both constructs start at `[`, before Markdown's own link label. */
export function dossierSyntax(): Extension {
  return {
    text: {
      [codes.leftSquareBracket]: [
        { ...wikiLinkOrMalformed, add: 'before' },
        { ...citation, add: 'before' },
      ],
    },
  };
}

function opening(effects: Effects, type: 'wikiLinkMarker', nok: State, next: State): State {
  return function first(code) {
    if (code !== codes.leftSquareBracket) return nok(code);
    effects.enter(type);
    effects.consume(code);
    return function second(code) {
      if (code !== codes.leftSquareBracket) return nok(code);
      effects.consume(code);
      effects.exit(type);
      return next;
    };
  };
}

function tokenizeWikiLink(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const start: State = (code) => {
    effects.enter('wikiLink');
    return opening(effects, 'wikiLinkMarker', nok, text)(code);
  };
  // Anything but brackets, up to `]]`. A line ending is allowed, as in a
  // Markdown link's text (https://spec.commonmark.org/0.31.2/#link-text), so
  // a hard-wrapped paragraph may break a link's label or name; it reads as a
  // space (`mdast-dossier.ts`). A text token is opened only at a character
  // of it: micromark's tokens are never empty (`[[]]` has none).
  let inText = false;
  const endText = () => {
    if (inText) effects.exit('wikiLinkText');
    inText = false;
  };
  const text: State = (code) => {
    if (code === codes.rightSquareBracket) {
      endText();
      effects.enter('wikiLinkMarker');
      effects.consume(code);
      return close;
    }
    if (code === codes.eof || code === codes.leftSquareBracket) return nok(code);
    if (markdownLineEnding(code)) {
      endText();
      effects.enter('lineEnding');
      effects.consume(code);
      effects.exit('lineEnding');
      return text;
    }
    if (!inText) effects.enter('wikiLinkText');
    inText = true;
    effects.consume(code);
    return text;
  };
  const close: State = (code) => {
    if (code !== codes.rightSquareBracket) return nok(code);
    effects.consume(code);
    effects.exit('wikiLinkMarker');
    effects.exit('wikiLink');
    return after;
  };
  const after: State = (code) => (endsGroup(code) ? ok(code) : nok(code));
  return start;
}

function tokenizeWikiLinkMalformed(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let depth = 0;
  const start: State = (code) => {
    if (code !== codes.leftSquareBracket) return nok(code);
    effects.enter('wikiLinkMalformed');
    depth = 1;
    effects.consume(code);
    return second;
  };
  const second: State = (code) => (code === codes.leftSquareBracket ? inside(code) : nok(code));
  // To the `]` that closes the first `[`, or to the end of the line.
  const inside: State = (code) => {
    if (code === codes.eof || markdownLineEnding(code)) {
      effects.exit('wikiLinkMalformed');
      return ok(code);
    }
    if (code === codes.leftSquareBracket) depth++;
    if (code === codes.rightSquareBracket) depth--;
    effects.consume(code);
    if (depth === 0) {
      effects.exit('wikiLinkMalformed');
      return after;
    }
    return inside;
  };
  const after: State = (code) => (endsGroup(code) ? ok(code) : nok(code));
  return start;
}

function tokenizeCitation(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let keyLength = 0;
  const start: State = (code) => {
    if (code !== codes.leftSquareBracket) return nok(code);
    effects.enter('citation');
    effects.enter('citationMarker');
    effects.consume(code);
    effects.exit('citationMarker');
    effects.enter('citationKeys');
    return at;
  };
  const at: State = (code) => {
    if (code !== codes.atSign) return nok(code);
    effects.consume(code);
    keyLength = 0;
    return key;
  };
  const isKeyCode = (code: Code) =>
    code !== codes.eof &&
    !markdownLineEndingOrSpace(code) &&
    code !== codes.semicolon &&
    code !== codes.atSign &&
    code !== codes.leftSquareBracket &&
    code !== codes.rightSquareBracket;
  const key: State = (code) => {
    if (isKeyCode(code)) {
      keyLength++;
      effects.consume(code);
      return key;
    }
    return keyLength === 0 ? nok(code) : afterKey(code);
  };
  // `; @next`, a trailing `;`, or the closing `]`, with spaces between.
  const afterKey: State = (code) => {
    if (markdownSpace(code)) {
      effects.consume(code);
      return afterKey;
    }
    if (code === codes.semicolon) {
      effects.consume(code);
      return afterSemicolon;
    }
    return end(code);
  };
  const afterSemicolon: State = (code) => {
    if (markdownSpace(code)) {
      effects.consume(code);
      return afterSemicolon;
    }
    if (code === codes.atSign) return at(code);
    return end(code);
  };
  const end: State = (code) => {
    if (code !== codes.rightSquareBracket) return nok(code);
    effects.exit('citationKeys');
    effects.enter('citationMarker');
    effects.consume(code);
    effects.exit('citationMarker');
    effects.exit('citation');
    return after;
  };
  const after: State = (code) => (endsGroup(code) ? ok(code) : nok(code));
  return start;
}
