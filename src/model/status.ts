/** What each claim status means, in words readers see next to the badge, in the story's language. */
import { english, type MessageKey, type Translator } from '../i18n/translator.ts';
import { EVENT_STATUSES } from '../entries/schema.ts';

const known = (status: string | undefined): status is (typeof EVENT_STATUSES)[number] =>
  (EVENT_STATUSES as readonly string[]).includes(status ?? '');

/** A status as readers see it on its badge ("confirmed", "bestätigt"), or the status itself if Dossier does not know it. */
export function statusLabel(status: string, i18n: Translator = english()): string {
  return known(status) ? i18n.t(`status.${status}` as MessageKey) : status;
}

/** The meaning of a status, or the status itself if it is not one Dossier knows. */
export function statusMeaning(status: string, i18n: Translator = english()): string {
  return known(status) ? i18n.t(`status.meaning.${status}` as MessageKey) : status;
}

/** What one `status_by` line says after the actor's name: its note, or the status as a verb ("confirmed it"). */
export function statusByPhrase(status: string | undefined, note: string | undefined, i18n: Translator = english()): string {
  return note ?? i18n.t(known(status) ? (`status.by.${status}` as MessageKey) : 'status.by.other');
}

/**
 * One `status_by` line as a sentence, for text-only uses (structured data):
 * "US officials admitted some of the leaked secret documents are authentic, per CNN."
 */
export function statusBySentence(
  status: string | undefined,
  by: { actor: { name: string }; source?: { name: string; credit?: string }; note?: string },
  i18n: Translator = english(),
): string {
  const phrase = statusByPhrase(status, by.note, i18n);
  return by.source
    ? i18n.t('status.byLinePer', { actor: by.actor.name, phrase, source: by.source.credit ?? by.source.name })
    : i18n.t('status.byLine', { actor: by.actor.name, phrase });
}
