/**
 * `npm run check [-- --format json] [--no-cache]`: validates the content
 * folder without building the site. The checker is `run-check.ts`; this runs
 * it from the bundle `checker-bundle.ts` keeps of it (one module to load
 * instead of four hundred, in each thread), or from source if no bundle can
 * be made or `DOSSIER_CHECK_FROM_SOURCE=1`.
 */
import { checkerModule } from './checker-bundle.ts';

if (import.meta.main) {
  const { runCheck } = (await import(await checkerModule())) as typeof import('./run-check.ts');
  await runCheck(process.argv.slice(2));
}
