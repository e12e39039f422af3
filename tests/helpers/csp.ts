/**
 * A strict Content-Security-Policy, as a careful host would send it: no
 * inline script or style, nothing from elsewhere. Browser tests serve the
 * built site with it, so an inline script or style would show as an error.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');
