/** What each claim status means, in words readers see next to the badge. */
export const STATUS_MEANINGS = {
  confirmed: 'confirmed by those involved or on the record',
  reported: 'reported by news outlets, not independently confirmed',
  disputed: 'contested by one of the parties',
  denied: 'denied by those it concerns',
  unverified: 'not verified',
} as const;
