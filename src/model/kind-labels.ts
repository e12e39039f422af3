/** Actors' kinds as readers see them, in the story's language. */
import { english, type MessageKey, type Translator } from '../i18n/translator.ts';
import { ACTOR_KINDS } from '../entries/schema.ts';

const known = (kind: string) => (ACTOR_KINDS as readonly string[]).includes(kind);

/** An actor's kind ("person"; "Person" in German), or the kind as written if Dossier does not know it. */
export function actorKindLabel(kind: string, i18n: Translator = english()): string {
  return known(kind) ? i18n.t(`actorKind.${kind}` as MessageKey) : kind;
}

/** The heading of a group of actors of one kind: "People", "Agencies". */
export function actorKindHeading(kind: string, i18n: Translator = english()): string {
  return known(kind) ? i18n.t(`actorKinds.${kind}` as MessageKey) : kind;
}
