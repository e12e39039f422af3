/**
 * `astro dev`: after the loader stored a change, makes sure the next page
 * reads the new store. A workaround for a race in Astro 7.3 and 7.4 with Vite 8,
 * to remove once Astro handles it.
 *
 * Astro drops its store module from the SSR module runner when the store is
 * written, but not the modules that imported it, among them the content
 * runtime that keeps the store it read first. Vite's runner evaluates an
 * importer again only when the server says it changed, and the server says
 * so only if nothing transformed it again meanwhile. A page request in
 * flight at that moment does (Astro's dev CSS walks the page's modules), and
 * the pages then kept showing the store before the edit until the next one.
 * So the store module and every module that imports it, up to the pages, are
 * dropped from the runner here (Vite's `EvaluatedModules.invalidateModule`):
 * the next request evaluates them again and reads the store as it is.
 */
import type { ViteDevServer } from 'vite';

/** The resolved id of the module that holds Astro's content store in dev. */
const STORE_MODULE = '\0astro:data-layer-content';

/** What is used of Vite's module runner: its evaluated modules, by id, with their importers. */
export interface EvaluatedModules {
  getModuleById(id: string): { id: string; importers: Set<string> } | undefined;
  invalidateModule(node: { id: string; importers: Set<string> }): void;
}

/** Drops the store module and its importers, transitively; returns how many. */
export function dropStoreModules(modules: EvaluatedModules): number {
  const seen = new Set<string>();
  const drop = (id: string) => {
    const node = modules.getModuleById(id);
    if (!node || seen.has(id)) return;
    seen.add(id);
    modules.invalidateModule(node);
    for (const importer of node.importers) drop(importer);
  };
  drop(STORE_MODULE);
  return seen.size;
}

/** The SSR environment's evaluated modules, when it runs in this process. */
export function ssrModules(server: ViteDevServer): EvaluatedModules | undefined {
  const ssr = server.environments.ssr as { runner?: { evaluatedModules: EvaluatedModules } } | undefined;
  return ssr?.runner?.evaluatedModules;
}
