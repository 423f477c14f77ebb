import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { STRICT_TRANSPORT_SECURITY } from "@/lib/security/csp.mjs";
import { getPagePolicies } from "@/lib/security/page-policy";

const https = new URL(env.SITE_URL).protocol === "https:";
const development = env.NODE_ENV === "development";

/**
 * Per-request security headers for pages rendered on request: a CSP with a fresh nonce (or a
 * prerendered page's hashes, for the 404 page) and, over HTTPS, HSTS.
 */
export function proxy(request: NextRequest) {
  const policy = getPagePolicies({ https, development }).forRequest(
    request.method,
    request.nextUrl.pathname,
  );
  let response: NextResponse;
  if (policy.nonce) {
    // Next takes the nonce for its own scripts from the CSP header of the request it renders.
    const headers = new Headers(request.headers);
    headers.set("content-security-policy", policy.csp);
    response = NextResponse.next({ request: { headers } });
  } else {
    response = NextResponse.next();
  }
  response.headers.set("Content-Security-Policy", policy.csp);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: [
    {
      // Skipped: API routes (next.config.ts gives them a fixed policy), route handlers and
      // files that are not pages, and the pages prerendered at build time, which get their hash
      // policy from header rules that scripts/csp-hashes.mjs writes into the build; running a
      // proxy would cost each of them about as much as serving it. That script fails the build
      // if a page rendered on request is skipped here. Server actions on the skipped pages
      // would render without a nonce.
      source:
        "/((?!api/|_next/static/|_next/image|icon\\.svg|robots\\.txt|sitemap\\.xml|favicon\\.ico|reflect/(?:score|forget)$|learn/[^/]+/opengraph-image|(?:learn(?:/[^/]+)?|privacy|support|reflect|check-in|goodbye)?$).*)",
      // Flight data for client navigation and prefetches is not a document.
      missing: [
        { type: "header", key: "rsc" },
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
