// After `next build` (npm run build runs it): gives every prerendered page a strict CSP without
// nonces, which static HTML cannot carry.
// 1. Hashes the inline scripts of each prerendered page into .next/csp-hashes.json; proxy.ts
//    uses it for prerendered pages it sees (the 404 page).
// 2. For the prerendered pages proxy.ts skips (its matcher), adds CSP and HSTS header rules to
//    .next/routes-manifest.json, which `next start` applies without running any code. Next
//    compiles each rule from its `source` when the server starts.
// 3. Fails when a page rendered on request is skipped by the proxy: it would get no nonce.
// HSTS and upgrade-insecure-requests follow SITE_URL at build time, like the canonical URLs
// that prerendered pages already contain.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { collectPrerenderedHashes, manifestPath } from "../lib/security/inline-scripts.mjs";
import { staticHeaderRules } from "../lib/security/static-headers.mjs";

const distDir = path.resolve(".next");
const read = (file) => JSON.parse(readFileSync(path.join(distDir, file), "utf8"));
const writeAtomically = (file, data) => {
  const target = path.join(distDir, file);
  writeFileSync(`${target}.tmp`, `${JSON.stringify(data, null, 2)}\n`);
  renameSync(`${target}.tmp`, target);
};

const manifest = collectPrerenderedHashes(distDir);
const pages = Object.keys(manifest.pages);
if (pages.length === 0) {
  console.error("✗ No prerendered pages found in .next: did `next build` run?");
  process.exit(1);
}
writeAtomically(path.basename(manifestPath(distDir)), manifest);

// The proxy's compiled matchers (a Node.js proxy is listed as a function, an edge one as middleware).
const functions = existsSync(path.join(distDir, "server/functions-config-manifest.json"))
  ? (read("server/functions-config-manifest.json").functions ?? {})
  : {};
const edge = read("server/middleware-manifest.json").middleware ?? {};
const matchers = [...Object.values(functions), ...Object.values(edge)].flatMap(
  (f) => f.matchers ?? [],
);
const patterns = matchers.map((m) => new RegExp(m.regexp));
const isProxied = (p) => patterns.some((pattern) => pattern.test(p));

const pageRoutes = Object.entries(read("app-path-routes-manifest.json"))
  .filter(([entry]) => entry.endsWith("/page"))
  .map(([, route]) => route);
const https = /^https:/i.test(process.env.SITE_URL ?? "");
const prerender = read("prerender-manifest.json");
const { rules, problems } = staticHeaderRules({
  pages: manifest.pages,
  routes: prerender.routes,
  dynamicRoutes: prerender.dynamicRoutes,
  pageRoutes,
  isProxied,
  https,
});
if (problems.length > 0) {
  console.error(
    `✗ Content-Security-Policy:\n  ${problems.join("\n  ")}\n  Fix the matcher in proxy.ts.`,
  );
  process.exit(1);
}

const routes = read("routes-manifest.json");
routes.headers = [
  ...routes.headers.filter((rule) => !rule.secureBaseCsp),
  ...rules.map((rule) => ({ ...rule, secureBaseCsp: true })),
];
writeAtomically("routes-manifest.json", routes);

const scripts = Object.values(manifest.pages).reduce((sum, hashes) => sum + hashes.length, 0);
console.log(
  `✓ CSP: ${scripts} inline scripts hashed on ${pages.length} prerendered pages; ` +
    `${rules.length} header rules for the pages served without the proxy${https ? " (with HSTS)" : ""}.`,
);
