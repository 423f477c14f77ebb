// The Content-Security-Policy and HSTS values, in plain JavaScript: the proxy uses them per
// request, and scripts/csp-hashes.mjs writes them into the build for prerendered pages.
import { createHash } from "node:crypto";

/** Two years, subdomains included; sent only when the site is served over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** A CSP source expression for the sha256 hash of a script's text. */
export function sha256Source(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * The Content-Security-Policy for an HTML page. Scripts: same-origin files plus exactly the
 * inline scripts named by nonce or hash; never 'unsafe-inline' or (outside development)
 * 'unsafe-eval'. Styles allow inline attributes, which cannot run code, because React style
 * props and Next's built-in error page use them.
 */
export function contentSecurityPolicy({ https, nonce, hashes = [], development = false }) {
  const scripts = [
    "'self'",
    ...(nonce ? [`'nonce-${nonce}'`] : []),
    ...hashes,
    ...(development ? ["'unsafe-eval'"] : []),
  ];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}
