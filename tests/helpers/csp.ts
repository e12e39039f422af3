/**
 * The strict Content-Security-Policy browser tests serve the built site
 * with: the very policy Dossier documents for hosts (`_headers`, nginx), so
 * an inline script or style, or anything else it forbids, shows as an error.
 * It allows WebAssembly compilation only, which the search index needs.
 */
export { CONTENT_SECURITY_POLICY as STRICT_CSP } from '../../src/outputs/security-headers.ts';
