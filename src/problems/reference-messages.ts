/**
 * The messages about references: wikilinks, citations, the ids front matter
 * names, and the loops they can make. Each says what is wrong and how to fix
 * it, as `messages.ts` does for the rest.
 */
import type { Message } from './message.ts';
import { an, list, quoteShort } from './message-words.ts';

export const referenceMessages = {
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
