/**
 * The words a generated story is made of (`generate-corpus.ts`): actor kinds,
 * claim statuses, roles, tags, reporting verbs, common English words and the
 * syllables invented names and words are built from.
 */
export const ACTOR_KINDS = ['person', 'person', 'person', 'organization', 'government', 'agency', 'media', 'country', 'group'] as const;
export const STATUSES = ['confirmed', 'reported', 'reported', 'disputed', 'denied', 'unverified'] as const;
export const ROLES = [
  'announced',
  'denied the claim',
  'was spied on',
  'reported',
  'negotiated',
  'confirmed',
  'was accused',
  'investigated',
  'responded',
  'voted',
  'was briefed',
  'leaked the documents',
];
export const TAGS = [
  'leak',
  'diplomacy',
  'intelligence',
  'elections',
  'trade',
  'security',
  'courts',
  'protests',
  'energy',
  'media',
  'allies',
  'sanctions',
];
export const VERBS = [
  'said',
  'reported',
  'denied',
  'confirmed',
  'announced',
  'warned',
  'argued',
  'suggested',
  'claimed',
  'disputed',
  'acknowledged',
  'noted',
];
export const COMMON = (
  'the of and to in a that for on with as by was were is said officials government report documents according ' +
  'week month year minister president agency ministry talks deal meeting statement sources country allies policy ' +
  'security intelligence court vote election protest leak investigation evidence claim denial response spokesperson'
).split(' ');
export const SYLLABLES =
  'ka lo mi ra ven tor sel dru an is ul bek mar zo fen rik tal oss ber gav nim pol sha tre vol yan kir dem lus har qui'.split(' ');
