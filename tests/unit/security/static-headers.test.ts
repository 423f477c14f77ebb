import { describe, expect, it } from "vitest";
import { samplePath, staticHeaderRules, toSource } from "@/lib/security/static-headers.mjs";

const pages = {
  "/": ["'sha256-home'"],
  "/learn/a": ["'sha256-a'"],
  "/_not-found": ["'sha256-404'"],
  "/_global-error": ["'sha256-error'"],
};
const pageRoutes = ["/", "/learn/[slug]", "/results", "/results/[id]", "/_not-found"];
// Like proxy.ts: everything but the prerendered pages.
const skipped = /^\/(?:learn(?:\/[^/]+)?)?$/;
const isProxied = (path: string) => !skipped.test(path);
const csp = (rule: { headers: { key: string; value: string }[] }) =>
  rule.headers.find((h) => h.key === "Content-Security-Policy")?.value ?? "";

describe("staticHeaderRules", () => {
  it("gives each prerendered page the proxy skips its own hashes, after its pattern's 404 policy", () => {
    const { rules, problems } = staticHeaderRules({
      pages,
      dynamicRoutes: { "/learn/[slug]": { fallback: false } },
      pageRoutes,
      isProxied,
      https: false,
    });
    expect(problems).toEqual([]);
    expect(rules.map((r) => r.source)).toEqual(["/learn/:slug", "/", "/learn/a"]);
    expect(csp(rules[0]!)).toContain("script-src 'self' 'sha256-404'");
    expect(csp(rules[2]!)).toContain("script-src 'self' 'sha256-a'");
    expect(rules.flatMap((r) => r.headers.map((h) => h.key))).not.toContain(
      "Strict-Transport-Security",
    );
  });

  it("adds HSTS and upgrade-insecure-requests when the site is https", () => {
    const { rules } = staticHeaderRules({ pages, pageRoutes: ["/"], isProxied, https: true });
    expect(rules[0]!.headers).toContainEqual({
      key: "Strict-Transport-Security",
      value: "max-age=63072000; includeSubDomains",
    });
    expect(csp(rules[0]!)).toContain("upgrade-insecure-requests");
  });

  it("leaves pages the proxy sees to the proxy", () => {
    const { rules } = staticHeaderRules({ pages, pageRoutes, isProxied: () => true, https: false });
    expect(rules).toEqual([]);
  });

  it("refuses a build where a page rendered on request would get no nonce", () => {
    const { problems } = staticHeaderRules({
      pages,
      dynamicRoutes: { "/learn/[slug]": { fallback: null } },
      pageRoutes,
      isProxied: (path) => !path.startsWith("/results") && isProxied(path),
      https: false,
    });
    expect(problems).toEqual([
      expect.stringMatching(/^\/learn\/\[slug\] renders unknown paths on request/) as string,
      expect.stringMatching(/^\/results is rendered on request/) as string,
      expect.stringMatching(/^\/results\/\[id\] is rendered on request/) as string,
    ]);
  });

  it("writes route patterns as header sources and finds a path no page answers", () => {
    expect(toSource("/learn/[slug]")).toBe("/learn/:slug");
    expect(toSource("/docs/[...parts]")).toBe("/docs/:parts+");
    expect(toSource("/docs/[[...parts]]")).toBe("/docs/:parts*");
    expect(samplePath("/results/[id]")).toBe("/results/zz-unknown");
  });
});
