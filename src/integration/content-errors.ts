/**
 * How the content loader's error starts when the content has errors: the
 * build command (`src/cli/build.ts`) prints such a report as it is, with no
 * more than a line of its own. The error crosses from the loader, which Astro
 * runs in a module graph of its own, as its message: a class would not.
 */
export const CONTENT_ERRORS = 'The content has errors:';
