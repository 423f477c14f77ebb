// Prerendered pages that proxy.ts skips get their CSP (and HSTS) as header rules in the build's
// routes manifest, so serving them runs no per-request code: a proxy costs every request it
// sees about as much as serving the static page itself. scripts/csp-hashes.mjs applies these.
import { STRICT_TRANSPORT_SECURITY, contentSecurityPolicy } from "./csp.mjs";

const NOT_FOUND = "/_not-found";

/** "/learn/[slug]" as a header-rule source ("/learn/:slug"), catch-alls included. */
export function toSource(route) {
  return route
    .replace(/\[\[\.\.\.([^\]]+)\]\]/g, ":$1*")
    .replace(/\[\.\.\.([^\]]+)\]/g, ":$1+")
    .replace(/\[([^\]]+)\]/g, ":$1");
}

/** A path the route pattern matches but no prerendered page answers. */
export function samplePath(route) {
  return route
    .replace(/\[\[?\.\.\.[^\]]+\]\]?/g, "zz-unknown/zz")
    .replace(/\[[^\]]+\]/g, "zz-unknown");
}

// A literal path as a path-to-regexp source.
const literal = (path) => path.replace(/[:()*+?{}\\]/g, "\\$&");

/**
 * Header rules for the prerendered pages the proxy skips, and problems that would leave a page
 * without a working policy. `pages` maps each prerendered path to its inline-script hashes;
 * `dynamicRoutes` is the prerender manifest's (a `fallback` of false means unknown params get
 * the prerendered 404 page); `pageRoutes` lists every page route of the app; `isProxied(path)`
 * says whether the proxy's matcher covers a path.
 */
export function staticHeaderRules({ pages, dynamicRoutes = {}, pageRoutes, isProxied, https }) {
  const headersFor = (hashes) => [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ https, hashes }) },
    ...(https ? [{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }] : []),
  ];
  const fallbacks = [];
  const exact = [];
  const problems = [];
  for (const [path, hashes] of Object.entries(pages)) {
    if (path.startsWith("/_") || isProxied(path)) continue;
    exact.push({ source: literal(path), headers: headersFor(hashes) });
  }
  for (const [route, { fallback }] of Object.entries(dynamicRoutes)) {
    if (isProxied(samplePath(route))) continue;
    if (fallback === false)
      fallbacks.push({ source: toSource(route), headers: headersFor(pages[NOT_FOUND] ?? []) });
    else
      problems.push(
        `${route} renders unknown paths on request, but proxy.ts skips it, so they would get no nonce.`,
      );
  }
  for (const route of pageRoutes) {
    if (route.startsWith("/_") || route in pages || route in dynamicRoutes) continue;
    if (!isProxied(samplePath(route))) {
      problems.push(
        `${route} is rendered on request, but proxy.ts's matcher skips it, so it would get no nonce.`,
      );
    }
  }
  // Later rules win for the same header: exact pages override their pattern's 404 policy.
  return { rules: [...fallbacks, ...exact], problems };
}
