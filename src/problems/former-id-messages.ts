/**
 * The messages about `former_ids`, the ids an entry had before its file was
 * renamed. Each says what is wrong and how to fix it, as `messages.ts` does
 * for the rest.
 */
import type { Message } from './messages.ts';

export const formerIdMessages = {
  formerIdIsOwn: (id: string): Message => ({
    code: 'former-id-own',
    message: `"${id}" is this entry's own id, not a former one`,
    hint: 'remove it from former_ids: list only the ids the file had before it was renamed',
  }),
  formerIdInUse: (id: string, file: string): Message => ({
    code: 'former-id-in-use',
    message: `the former id "${id}" is the id of ${file}: its address can't lead to two pages`,
    hint: `remove "${id}" from former_ids, or rename ${file}`,
  }),
  formerIdClaimed: (id: string, file: string): Message => ({
    code: 'former-id-claimed',
    message: `the former id "${id}" is claimed by ${file} too: its old address can lead to one page only`,
    hint: `keep "${id}" in the former_ids of the entry that had it last, and remove it from the other`,
  }),
  formerIdReserved: (id: string): Message => ({
    code: 'former-id-reserved',
    message: `the former id "${id}" is reserved for the story (story.md): no actor, event or source can have had it`,
    hint: `remove "${id}" from former_ids`,
  }),
  formerIdRepeated: (id: string): Message => ({
    code: 'former-id-repeated',
    message: `the former id "${id}" is listed twice`,
    hint: 'list each former id once, oldest first',
  }),
};
