// Hashes of the inline scripts in prerendered pages, so static pages can have a strict CSP
// without nonces. Plain JavaScript: `scripts/csp-hashes.mjs` runs it after `next build`, and
// the proxy falls back to it when that manifest is missing or from another build.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { sha256Source } from "./csp.mjs";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SRC = /(?:^|\s)src\s*=/i;
const TYPE = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
// Types a browser runs as script; anything else (application/ld+json) is a data block CSP ignores.
const EXECUTABLE_TYPES = new Set(["", "text/javascript", "application/javascript", "module"]);

/** The CSP hash sources of every inline, executable script in an HTML document, deduplicated. */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes = "", body = ""] of html.matchAll(SCRIPT)) {
    if (SRC.test(attributes)) continue;
    const type = TYPE.exec(attributes);
    const value = (type?.[1] ?? type?.[2] ?? type?.[3] ?? "").trim().toLowerCase();
    if (!EXECUTABLE_TYPES.has(value)) continue;
    hashes.add(sha256Source(body));
  }
  return [...hashes];
}

/**
 * Reads the prerendered pages of the build in `distDir` and returns
 * `{ buildId, pages: { "/learn/x": ["'sha256-…'", …] } }`. Only pages that have an HTML file
 * (not robots.txt, icons or data routes) are listed.
 */
export function collectPrerenderedHashes(distDir) {
  const buildId = readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();
  const manifest = JSON.parse(readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8"));
  const pages = {};
  for (const route of Object.keys(manifest.routes ?? {})) {
    const file = path.join(distDir, "server", "app", `${route === "/" ? "/index" : route}.html`);
    if (!existsSync(file)) continue;
    pages[route] = inlineScriptHashes(readFileSync(file, "utf8"));
  }
  return { buildId, pages };
}

/** Where the post-build script writes the manifest, inside the build it describes. */
export function manifestPath(distDir) {
  return path.join(distDir, "csp-hashes.json");
}
