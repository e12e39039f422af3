/**
 * Every message Dossier prints about content, in one place: reading files and
 * front matter here, references (`reference-messages.ts`) and bodies
 * (`body-messages.ts`) merged in. Tests pin these texts; change them here
 * and in the tests together.
 *
 * Each returns `{ code, message, hint }`: what is wrong, and how to fix it.
 */
import type { Message } from './message.ts';
import { codePoint } from './unseen-chars.ts';
import { list, maybe, quoteShort } from './message-words.ts';
import { referenceMessages } from './reference-messages.ts';
import { bodyMessages } from './body-messages.ts';

export type { Message };

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

  ...referenceMessages,
  ...bodyMessages,
} satisfies Record<string, (...args: never[]) => Message>;
