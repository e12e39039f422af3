/**
 * In `npm run dev`, the loader stores the content's problems as the one
 * entry of the `entries` collection, under an id no content file can have
 * (ids never start with `_`); the page shell shows them (`DevProblems.astro`).
 * The pages' data is in memory (`shared-site.ts`).
 */
export const PROBLEMS_ID = '_problems';

/** One line per problem, `file:line:col  severity  message  (hint)`. */
export interface StoredProblems {
  /** The content folder they are about: the dev data store outlives the server. */
  root: string;
  errors: string[];
  warnings: string[];
  /** Counts the loader's reloads: a new number changes the store, and Astro reloads the open pages. */
  revision: number;
}
