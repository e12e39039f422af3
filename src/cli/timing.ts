/**
 * With `DOSSIER_TIMINGS=1`, the build prints how long each of its phases took,
 * one `dossier-timing <phase> <ms>` line each (read by `npm run bench`): the
 * content loader's phases and the search index's.
 */
export function logTiming(phase: string, ms: number): void {
  if (process.env.DOSSIER_TIMINGS === '1') console.log(`dossier-timing ${phase} ${ms.toFixed(0)}`);
}
