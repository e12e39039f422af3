/**
 * Where entries live in the site. Every URL ends with `/` and is served as
 * `<path>/index.html`, which every static host serves without rewrites.
 */
import { KIND_FOLDERS, type LinkableKind } from '../entries/entry-kinds.ts';

/** `/explainers/leak` → `/explainers/leak/`; empty → `/`. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim();
  const withLead = trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

/** The site path of an entry, relative to the base: `actors/cnn/`. */
export function entryPath(kind: LinkableKind, id: string): string {
  return `${KIND_FOLDERS[kind]}/${id}/`;
}

/** A path under the base: `withBase('/x/', 'actors/')` → `/x/actors/`. */
export function withBase(base: string, path: string): string {
  return `${normalizeBase(base)}${path.replace(/^\//, '')}`;
}
