/** What each claim status means, in words readers see next to the badge. */
export const STATUS_MEANINGS = {
  confirmed: 'confirmed by those involved or on the record',
  reported: 'reported by news outlets, not independently confirmed',
  disputed: 'contested by one of the parties',
  denied: 'denied by those it concerns',
  unverified: 'not verified',
} as const;

/** What a `status_by` actor did, when the content gives no note: "US officials confirmed it". */
export const STATUS_BY_PHRASES = {
  confirmed: 'confirmed it',
  reported: 'reported it',
  disputed: 'disputed it',
  denied: 'denied it',
  unverified: 'could not verify it',
} as const;

/** The meaning of a status, or the status itself if it is not one Dossier knows. */
export function statusMeaning(status: string): string {
  return STATUS_MEANINGS[status as keyof typeof STATUS_MEANINGS] ?? status;
}

/** What one `status_by` line says after the actor's name: its note, or the status as a verb. */
export function statusByPhrase(status: string | undefined, note: string | undefined): string {
  return note ?? STATUS_BY_PHRASES[status as keyof typeof STATUS_BY_PHRASES] ?? 'gave this status';
}

/**
 * One `status_by` line as a sentence, for text-only uses (structured data):
 * "US officials admitted some of the leaked secret documents are authentic, per CNN."
 */
export function statusBySentence(
  status: string | undefined,
  by: { actor: { name: string }; source?: { name: string; credit?: string }; note?: string },
): string {
  const per = by.source ? `, per ${by.source.credit ?? by.source.name}` : '';
  return `${by.actor.name} ${statusByPhrase(status, by.note)}${per}.`;
}
