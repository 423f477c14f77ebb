import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()",
  },
];

// Pages get their Content-Security-Policy from proxy.ts (hashes or a nonce per page). API
// responses are data or downloads: nothing in them may load or be framed.
const apiPolicy = {
  key: "Content-Security-Policy",
  value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};

// Next compares a server action's Origin with the Host it was sent to. Behind a proxy that
// forwards its own host, the public host of SITE_URL is the one other origin to accept.
function publicHost() {
  try {
    return process.env.SITE_URL ? [new URL(process.env.SITE_URL).host] : [];
  } catch {
    return [];
  }
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    serverActions: { bodySizeLimit: "64kb", allowedOrigins: publicHost() },
    // Bodies passing through proxy.ts are buffered up to this; actions and the scoring route
    // accept far less, and /api (imports up to 5 MB) does not pass through it.
    proxyClientMaxBodySize: "1mb",
  },
  headers() {
    return Promise.resolve([
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: [apiPolicy] },
    ]);
  },
};

export default nextConfig;
