import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { themeScript } from "@/components/layout/theme-script";
import { contentSecurityPolicy, sha256Source } from "./csp.mjs";
import { collectPrerenderedHashes, manifestPath, type CspManifest } from "./inline-scripts.mjs";

/** The root layout's theme script: React gives it no nonce, so dynamic pages allow it by hash. */
export const themeScriptHash = sha256Source(themeScript);

/** The policy for one response, and the nonce Next must put on its scripts when rendering. */
export interface PagePolicy {
  csp: string;
  nonce?: string;
}

interface Options {
  https: boolean;
  development: boolean;
}

// Unknown paths get the prerendered 404 page, whose scripts are fixed at build time.
const NOT_FOUND = "/_not-found";

/**
 * Chooses each page's CSP. Prerendered pages get the hashes of their own inline scripts (a
 * nonce cannot reach HTML written at build time); everything rendered on request gets a fresh
 * nonce, which Next reads from the request's CSP header and puts on its scripts.
 */
export class PagePolicies {
  private readonly prerendered = new Map<string, string>();
  private readonly pageHashes: Record<string, string[]>;

  constructor(
    manifest: CspManifest | null,
    private readonly options: Options,
  ) {
    this.pageHashes = manifest?.pages ?? {};
    for (const [route, hashes] of Object.entries(this.pageHashes)) {
      this.prerendered.set(route, contentSecurityPolicy({ https: options.https, hashes }));
    }
  }

  forRequest(method: string, pathname: string): PagePolicy {
    // A POST to a prerendered path (a form without JavaScript) is rendered on request.
    const read = method === "GET" || method === "HEAD";
    const fixed = read ? this.prerendered.get(pathname) : undefined;
    if (fixed) return { csp: fixed };
    const nonce = randomBytes(16).toString("base64");
    const hashes = this.pageHashes[pathname] ?? this.pageHashes[NOT_FOUND] ?? [];
    return {
      nonce,
      csp: contentSecurityPolicy({
        https: this.options.https,
        development: this.options.development,
        nonce,
        hashes: [...new Set([themeScriptHash, ...hashes])],
      }),
    };
  }
}

function readManifest(distDir: string): CspManifest | null {
  let buildId: string;
  try {
    buildId = readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();
  } catch {
    return null;
  }
  try {
    const stored = JSON.parse(readFileSync(manifestPath(distDir), "utf8")) as CspManifest;
    if (stored.buildId === buildId) return stored;
  } catch {
    // Missing: built with `next build` alone rather than `npm run build`.
  }
  console.warn(
    "CSP: no hash manifest for this build; hashing the prerendered pages now (npm run build does it ahead).",
  );
  return collectPrerenderedHashes(distDir);
}

let cached: PagePolicies | undefined;

/** The policies for the build being served, read once per process. */
export function getPagePolicies(options: Options, distDir = path.join(process.cwd(), ".next")) {
  // `next dev` renders every page on request, and .next may hold an unrelated production build.
  cached ??= new PagePolicies(options.development ? null : readManifest(distDir), options);
  return cached;
}
