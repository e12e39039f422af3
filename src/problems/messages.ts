/**
 * Every message Dossier prints about content, in one place. Tests pin these
 * texts; change them here and in the tests together.
 *
 * Each returns `{ code, message, hint }`: what is wrong, and how to fix it.
 */
import { codePoint } from './unseen-chars.ts';

export interface Message {
  code: string;
  message: string;
  hint?: string;
}

/** The names readers know the invisible characters by (Unicode's, in lowercase). */
const INVISIBLE_NAMES: Record<string, string> = {
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u2060': 'word joiner',
  '\uFEFF': 'zero-width no-break space, or byte-order mark',
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
};
const list = (values: readonly string[]) => values.join(', ');
const an = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);
/** `"text"`, cut to one line of at most 60 characters. */
const quoteShort = (text: string) => {
  const line = text.split('\n')[0]!;
  return `"${line.length > 60 ? `${line.slice(0, 59)}…` : line !== text ? `${line}…` : line}"`;
};
/** What the `yaml` library's commonest error codes mean to an editor, and what to do. */
const YAML_ERRORS: Record<string, [string, string]> = {
  DUPLICATE_KEY: ['a field is written twice', 'keep one of the two lines'],
  TAB_AS_INDENT: ['a line is indented with a tab', 'indent with spaces, not tabs'],
  BLOCK_AS_IMPLICIT_KEY: ['a value holds ": " (a colon and a space)', 'put the value in quotes: summary: "Role: spokesperson"'],
  MULTILINE_IMPLICIT_KEY: [
    'a field name runs over two lines',
    'end each field name with ":" on its line, and quote values that contain ":"',
  ],
  // Unclosed `[` or `{`: known by the start of the message, whatever the code.
  'Flow sequence': [
    'a list opened with "[" is not closed with "]"',
    'close the list with "]" on its line, or quote the value if "[" is part of the text',
  ],
  'Flow mapping': [
    'a mapping opened with "{" is not closed with "}"',
    'close it with "}" on its line, or quote the value if "{" is part of the text',
  ],
};
/**
 * Why a file or folder can't be read, from Node's error code, and how to fix
 * it; `fix(what)` completes the hint for permissions ("let the user ... read it").
 */
function ioReason(code: string | undefined): [string, (what: string) => string] {
  const again = () => 'run the check again';
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return ['permission denied', (what) => `let the user who runs the check and the build ${what}, or move it out of the content folder`];
    case 'ENOENT':
      return ['it was moved or deleted while the story was read', again];
    case 'ELOOP':
      return ['its symbolic links lead round in a loop', () => 'replace the link with the file itself'];
    case 'EMFILE':
    case 'ENFILE':
      return ['too many files are open at once', () => 'close other programs or raise the limit with ulimit -n, then run the check again'];
    case 'EIO':
      return ['the disk reported an error', () => 'copy it again from a backup, or check the disk'];
    default:
      return [code ? `the system says ${code}` : 'the system gives no reason', () => 'check that it exists and that you may read it'];
  }
}
const maybe = (suggestion: string | undefined, text: string) => (suggestion ? text : undefined);

export const messages = {
  // Reading files
  notUtf8: (): Message => ({
    code: 'not-utf8',
    message: 'the file is not valid UTF-8 text',
    hint: 'save it as UTF-8 in your editor',
  }),
  emptyFile: (): Message => ({
    code: 'empty-file',
    message: 'the file is empty',
    hint: 'add front matter between two "---" lines, or delete the file',
  }),
  frontMatterMissing: (): Message => ({
    code: 'front-matter-missing',
    message: 'the file has no front matter',
    hint: 'start the file with a line "---", the fields, and another line "---"',
  }),
  frontMatterUnterminated: (): Message => ({
    code: 'front-matter-unterminated',
    message: 'the front matter is not closed',
    hint: 'add a line "---" after the last field',
  }),
  frontMatterNotMapping: (): Message => ({
    code: 'front-matter-not-mapping',
    message: 'the front matter is not a list of fields',
    hint: 'write one "field: value" per line',
  }),
  yamlSyntax: (code: string, detail: string): Message => {
    const known = YAML_ERRORS[code] ?? YAML_ERRORS[detail.split(' ').slice(0, 2).join(' ')];
    return {
      code: 'yaml-syntax',
      message: `the front matter is not valid YAML: ${known?.[0] ?? detail}`,
      hint: known?.[1] ?? 'quote values that contain ":" or "#", and indent list items evenly',
    };
  },
  badFileName: (name: string, suggestion: string): Message => ({
    code: 'bad-file-name',
    message: `"${name}" is not a valid entry id: ids use lowercase letters, digits and hyphens`,
    hint: `rename the file to ${suggestion}.md`,
  }),
  duplicateId: (id: string, other: string): Message => ({
    code: 'duplicate-id',
    message: `the id "${id}" is already used by ${other}`,
    hint: 'ids are unique across actors, events and sources: rename one of the files',
  }),
  ignoredFile: (what: string): Message => ({
    code: 'ignored-file',
    message: `${what} is not a Markdown entry and is ignored`,
    hint: 'entries are .md files in actors/, events/ or sources/',
  }),
  ignoredFolder: (folder: string): Message => ({
    code: 'ignored-folder',
    message: `the folder "${folder}" is ignored`,
    hint: 'entries are .md files directly in actors/, events/ or sources/; sub-folders are not read',
  }),
  ignoredLink: (file: string, why: 'outside' | 'broken'): Message => ({
    code: 'ignored-link',
    message:
      why === 'outside'
        ? `"${file}" is a symbolic link to outside the content folder and is ignored`
        : `"${file}" is a symbolic link to nothing and is ignored`,
    hint: 'copy the file into the content folder instead: a build reads nothing outside it',
  }),
  unreadable: (code: string | undefined): Message => {
    const [why, fix] = ioReason(code);
    return { code: 'unreadable', message: `the file can't be read: ${why}`, hint: fix('read it, e.g. with chmod a+r') };
  },
  unreadableFolder: (folder: string, code: string | undefined): Message => {
    const [why, fix] = ioReason(code);
    return {
      code: 'unreadable-folder',
      message: `the folder "${folder}" can't be read: ${why}`,
      hint: fix('open and read it, e.g. with chmod a+rx'),
    };
  },
  unusableFolder: (folder: string, code: string | undefined): Message => ({
    code: 'unusable-folder',
    message:
      code === 'ENOENT'
        ? `the content folder "${folder}" does not exist`
        : code === 'ENOTDIR'
          ? `the content folder "${folder}" is a file, not a folder`
          : `the content folder "${folder}" can't be read: ${ioReason(code)[0]}`,
    hint: 'set DOSSIER_CONTENT to the folder that holds story.md, actors/, events/ and sources/',
  }),
  reservedId: (id: string, kind: string): Message => ({
    code: 'reserved-id',
    message: `the id "${id}" is reserved: it is the story's own (story.md)`,
    hint: `rename the file, e.g. to ${id}-${kind}.md`,
  }),
  missingStory: (): Message => ({
    code: 'missing-story',
    message: 'the content folder has no story.md',
    hint: 'create story.md with a title and a summary',
  }),

  // Front matter fields
  missingField: (field: string, allowed?: readonly string[]): Message => {
    // `status_by[0].actor`: the name to write is the last part, in the item it belongs to.
    const nested = /^(.+)\.([^.[\]]+)$/.exec(field);
    const add = nested ? `add "${nested[2]}: ..." to "${nested[1]}"` : `add a line "${field}: ..." to the front matter`;
    return {
      code: 'missing-field',
      message: `missing required field "${field}"`,
      hint: allowed ? `${add}, with one of: ${list(allowed)}` : add,
    };
  },
  missingValue: (field: string, allowed?: readonly string[]): Message => ({
    code: 'missing-value',
    message: `"${field}" has no value`,
    hint: allowed ? `write one of: ${list(allowed)}` : `write it after "${field.split(/[.[]/)[0]}:"`,
  }),
  wrongType: (field: string, expected: string, got: string): Message => ({
    code: 'wrong-type',
    message: `"${field}" must be ${expected === 'array' ? 'a list' : expected === 'object' ? 'a mapping' : expected === 'string' ? 'text' : `a ${expected}`}, not ${got}`,
    hint:
      expected === 'array'
        ? 'write a list as [a, b] or with one "- item" per line'
        : expected === 'string' && /^the (number|value) /.test(got)
          ? `put it in quotes to keep it as text: "${got.replace(/^the \S+ /, '')}"`
          : undefined,
  }),
  notAllowed: (field: string, value: string, allowed: readonly string[], suggestion?: string): Message => ({
    code: 'not-allowed',
    message: `"${field}" is "${value}", which is not allowed`,
    hint: `use one of: ${list(allowed)}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
  }),
  badActorRef: (field: string): Message => ({
    code: 'bad-actor-ref',
    message: `"${field}" must be an actor id or {id, role}`,
    hint: 'write "- some-actor" or "- {id: some-actor, role: ...}"',
  }),
  emptyField: (field: string, required = false): Message => ({
    code: 'empty-field',
    message: `"${field}" is empty`,
    hint: required ? 'give it a value: the field is required' : 'give it a value or remove the line',
  }),
  invalidField: (field: string, detail: string, hint?: string): Message => ({
    code: 'invalid-field',
    message: `"${field}" ${detail}`,
    ...(hint ? { hint } : {}),
  }),
  controlChar: (field: string, char: string, inName = false): Message => ({
    code: 'control-char',
    message: `${inName ? 'the field name' : `"${field}"`} holds the control character ${codePoint(char)}, which no page can show`,
    hint: 'delete it: most editors show nothing there, so retype the text around it if in doubt',
  }),
  invisibleChar: (field: string, text: string, char: string): Message => ({
    code: 'invisible-char',
    message: `"${field}" is ${quoteShort(text)}, with an invisible character: ${codePoint(char)} (${INVISIBLE_NAMES[char] ?? 'invisible'})`,
    hint: /[\u202A-\u202E\u2066-\u2069]/u.test(char)
      ? 'delete it: it reorders how the text is shown, so it reads other than it is written'
      : 'delete it: links and searches typed without it do not match this text',
  }),
  lookalikeName: (field: string, text: string, like: string, where: string, letters: string): Message => ({
    code: 'lookalike-name',
    message: `"${field}" is "${text}", which looks like "${like}" of ${where} but is written with ${letters}`,
    hint: 'retype it in one alphabet: the two look the same to readers but link and search as different words',
  }),
  mixedScript: (field: string, text: string, letters: string): Message => ({
    code: 'mixed-script',
    message: `"${field}" is "${text}", whose word mixes alphabets: ${letters}`,
    hint: 'retype the word in one alphabet: letters that look alike but differ link and search as different words',
  }),
  unknownField: (field: string, suggestion?: string): Message => ({
    code: 'unknown-field',
    message: `unknown field "${field}" is ignored`,
    hint: maybe(suggestion, `did you mean "${suggestion}"?`),
  }),

  // References
  linkEmpty: (raw: string): Message => ({
    code: 'link-empty',
    message: `the link ${raw} names nothing`,
    hint: 'write [[id]], [[id|label]] or [[Name]]',
  }),
  linkUnresolved: (raw: string, suggestion?: string): Message => ({
    code: 'link-unresolved',
    message: `the link ${raw} matches no entry`,
    hint: suggestion ? `did you mean [[${suggestion}]]?` : 'check the spelling, or create the entry',
  }),
  linkLookalike: (raw: string, like: string, letters: string): Message => ({
    code: 'link-unresolved',
    message: `the link ${raw} matches no entry: it looks like "${like}" but is written with ${letters}`,
    hint: `retype it as [[${like}]]`,
  }),
  linkAmbiguous: (raw: string, ids: readonly string[]): Message => ({
    code: 'link-ambiguous',
    message: `the link ${raw} matches ${ids.length} entries: ${list(ids)}`,
    hint: `link by id instead, e.g. [[${ids[0]}]]`,
  }),
  aliasShared: (alias: string, other: string): Message => ({
    code: 'alias-shared',
    message: `the alias "${alias}" is also a name or alias of ${other}`,
    hint: 'links by this alias fail as ambiguous; keep it on one entry only',
  }),
  linkMalformed: (raw: string): Message => ({
    code: 'link-malformed',
    message: `${quoteShort(raw)} is not a link: a link is [[...]], closed in its paragraph, with no brackets inside`,
    hint: 'write [[id]] or [[id|label]]; in a table, write [[id\\|label]]',
  }),
  linkInLink: (raw: string): Message => ({
    code: 'link-in-link',
    message: `${raw} is inside a [text](url) link, so it stays text`,
    hint: 'move it out of the link: a link cannot hold another link',
  }),
  rawHtml: (html: string): Message => ({
    code: 'raw-html',
    message: `raw HTML ${quoteShort(html.trim())} is left out of the page`,
    hint: 'write it in Markdown: pages never show HTML from content files',
  }),
  unsafeUrl: (url: string, allowed: readonly string[]): Message => ({
    code: 'unsafe-url',
    message: `the link to ${quoteShort(url)} is removed: only ${list(allowed)} links are kept`,
    hint: 'link to a web address that starts with https://',
  }),

  // Bodies: characters no page can hold, footnotes, and the limits of what is read (docs/content.md#limits)
  bodyControlChar: (char: string): Message => ({
    code: 'control-char',
    message: `the text holds the control character ${codePoint(char)}, which no page can show`,
    hint: 'delete it: most editors show nothing there, so retype the text around it if in doubt',
  }),
  bodyControlCharsMore: (count: number): Message => ({
    code: 'control-char',
    message: `the text holds ${count.toLocaleString('en')} more control characters after this one`,
    hint: 'delete them: most editors show nothing there, but a search for their code points finds them',
  }),
  footnoteUndefined: (label: string): Message => ({
    code: 'footnote-undefined',
    message: `the footnote [^${label}] has no definition, so it shows as text`,
    hint: `add a line "[^${label}]: the note" after the paragraph, or remove the mark`,
  }),
  footnoteDuplicate: (label: string): Message => ({
    code: 'footnote-duplicate',
    message: `the footnote [^${label}] is defined twice; the page shows the first definition only`,
    hint: 'remove one of the two, or give this one a label of its own and use it',
  }),
  footnoteUnused: (label: string): Message => ({
    code: 'footnote-unused',
    message: `the footnote [^${label}] is defined but never used, so the page leaves it out`,
    hint: `add [^${label}] where the note belongs, or remove the definition`,
  }),
  bodyTooDeep: (limit: number): Message => ({
    code: 'body-too-deep',
    message: `block quotes and lists nest more than ${limit} deep here`,
    hint: `nest them at most ${limit} deep, each ">" and each list item inside another a level; until then the body is not read`,
  }),
  bodyTooManyBlocks: (limit: number): Message => ({
    code: 'body-too-many-blocks',
    message: `the body holds more than ${limit.toLocaleString('en')} block quotes, list items, footnotes and underlined headings`,
    hint: 'split the entry into several; until then the body is not read',
  }),
  paragraphTooLong: (limit: number): Message => ({
    code: 'paragraph-too-long',
    message: `this paragraph is longer than ${limit.toLocaleString('en')} characters`,
    hint: 'split it with blank lines; until then the body is not read',
  }),
  tooManyMarks: (limit: number, where: 'paragraph' | 'body'): Message => ({
    code: where === 'paragraph' ? 'paragraph-too-many-marks' : 'body-too-many-marks',
    message: `${where === 'paragraph' ? 'this paragraph' : 'the body'} holds more than ${limit.toLocaleString('en')} Markdown marks: * _ ~ \` [ ] < \\ |`,
    hint:
      where === 'paragraph'
        ? 'split it with blank lines, or put code in a fenced code block, between ``` lines, where marks are not counted; until then the body is not read'
        : 'split the entry into several, or put code in fenced code blocks, between ``` lines, where marks are not counted; until then the body is not read',
  }),
  backtickRunTooLong: (limit: number): Message => ({
    code: 'backtick-run-too-long',
    message: `more than ${limit} backticks in a row`,
    hint: `a code span opens with at most ${limit}; put longer code in a fenced code block, between \`\`\` lines; until then the body is not read`,
  }),
  bodyUnreadable: (): Message => ({
    code: 'body-unreadable',
    message: 'the body nests too deep for Markdown to read',
    hint: 'nest block quotes, lists and emphasis less deep',
  }),

  citeUnknown: (key: string, suggestion?: string): Message => ({
    code: 'cite-unknown',
    message: `the citation key "@${key}" matches no source`,
    hint: suggestion ? `did you mean @${suggestion}?` : 'cite a file name from sources/, without .md',
  }),
  refUnknown: (field: string, id: string, kind: string, suggestion?: string): Message => ({
    code: 'ref-unknown',
    message: `"${field}" names "${id}", which is no ${kind} of this story`,
    hint: suggestion ? `did you mean "${suggestion}"?` : `use the id of a file in ${kind}s/`,
  }),
  refWrongKind: (field: string, id: string, actual: string, expected: string): Message => ({
    code: 'ref-wrong-kind',
    message: `"${field}" names "${id}", which is ${an(actual)}, not ${an(expected)}`,
    hint: `use the id of a file in ${expected}s/`,
  }),
  viaLoop: (chain: readonly string[]): Message => ({
    code: 'via-loop',
    message: `the "via" chain loops: ${chain.join(' → ')}`,
    hint: 'a source relays another, older one: remove one "via" to break the loop',
  }),
  respondsToLoop: (chain: readonly string[]): Message => ({
    code: 'responds-to-loop',
    message: `the "responds_to" chain loops: ${chain.join(' → ')}`,
    hint: 'an event answers an earlier one: remove one "responds_to" to break the loop',
  }),
  affiliationToSelf: (field: string, id: string): Message => ({
    code: 'affiliation-to-self',
    message: `"${field}" names "${id}", the actor itself`,
    hint: 'an affiliation is another actor, such as an employer or a government: remove this one',
  }),
  affiliationLoop: (chain: readonly string[]): Message => ({
    code: 'affiliation-loop',
    message: `the "affiliations" chain loops: ${chain.join(' → ')}`,
    hint: 'an actor belongs to a larger one, not the other way round: remove one affiliation to break the loop',
  }),
  respondsToSelf: (id: string): Message => ({
    code: 'responds-to-self',
    message: `"responds_to" names "${id}", the event itself`,
    hint: 'give the id of the event this one answers, or remove the line',
  }),
  eventWithoutSource: (): Message => ({
    code: 'event-without-source',
    message: 'this event cites no source',
    hint: 'add "sources: [source-id]" or a citation [@source-id] in the body',
  }),
} satisfies Record<string, (...args: never[]) => Message>;
