import { normalizeBase } from '../lib/urls.ts';

/** The site's base path, always ending in `/` (from `DOSSIER_BASE`). */
export const siteBase = normalizeBase(import.meta.env.BASE_URL);
