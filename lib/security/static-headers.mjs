// Prerendered pages that proxy.ts skips get their CSP (and HSTS) as header rules in the build's
// routes manifest, so serving them runs no per-request code: a proxy costs every request it
// sees about as much as serving the static page itself. scripts/csp-hashes.mjs applies these.
import { STRICT_TRANSPORT_SECURITY, contentSecurityPolicy } from "./csp.mjs";

const NOT_FOUND = "/_not-found";

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * A header-rule source for the paths of a one-parameter route ("/learn/[slug]") other than
 * `known` values of the parameter: "/learn/:slug((?!(?:a|b)$)[^/]+)". Leaving out the
 * prerendered pages matters for speed: Next re-compiles the header values of a rule with
 * parameters on every request it matches. Null for routes with other shapes.
 */
export function unknownParamSource(route, known) {
  const params = route.match(/\[[^\]]*\]/g) ?? [];
  const [param] = params;
  if (params.length !== 1 || param.startsWith("[.")) return null;
  const exclude = known.length ? `(?!(?:${known.map(escapeRegExp).join("|")})$)` : "";
  return route.replace(param, `:${param.slice(1, -1)}(${exclude}[^/]+)`);
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
 * `routes` and `dynamicRoutes` are the prerender manifest's (a `fallback` of false means unknown
 * params get the prerendered 404 page); `pageRoutes` lists every page route of the app;
 * `isProxied(path)` says whether the proxy's matcher covers a path.
 */
export function staticHeaderRules({
  pages,
  routes = {},
  dynamicRoutes = {},
  pageRoutes,
  isProxied,
  https,
}) {
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
    // Route handlers (an Open Graph image) answer with files, not pages.
    if (!pageRoutes.includes(route) || isProxied(samplePath(route))) continue;
    if (fallback !== false) {
      problems.push(`${route} renders unknown paths on request, but proxy.ts skips it: no nonce.`);
      continue;
    }
    const prefix = route.slice(0, route.indexOf("["));
    const known = Object.entries(routes)
      .filter(([, info]) => info.srcRoute === route)
      .map(([path]) => path.slice(prefix.length).split("/")[0]);
    const source = unknownParamSource(route, known);
    if (source) fallbacks.push({ source, headers: headersFor(pages[NOT_FOUND] ?? []) });
    else
      problems.push(`${route}: only one-parameter routes can skip the proxy (static-headers.mjs).`);
  }
  for (const route of pageRoutes) {
    if (route.startsWith("/_") || route in pages || route in dynamicRoutes) continue;
    if (!isProxied(samplePath(route))) {
      problems.push(
        `${route} is rendered on request, but proxy.ts's matcher skips it, so it would get no nonce.`,
      );
    }
  }
  return { rules: [...fallbacks, ...exact], problems };
}
