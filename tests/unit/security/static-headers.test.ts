import { describe, expect, it } from "vitest";
import { buildCustomRoute } from "next/dist/lib/build-custom-route.js";
import {
  samplePath,
  staticHeaderRules,
  unknownParamSource,
} from "@/lib/security/static-headers.mjs";

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
      routes: { "/learn/a": { srcRoute: "/learn/[slug]" }, "/": { srcRoute: "/" } },
      dynamicRoutes: {
        "/learn/[slug]": { fallback: false },
        "/learn/[slug]/opengraph-image": { fallback: null },
      },
      pageRoutes,
      isProxied,
      https: false,
    });
    expect(problems).toEqual([]);
    expect(rules.map((r) => r.source)).toEqual(["/learn/:slug((?!(?:a)$)[^/]+)", "/", "/learn/a"]);
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

  it("writes a one-parameter route's unknown paths as a source Next's router matches", () => {
    const source = unknownParamSource("/learn/[slug]", ["a", "b.c"])!;
    // As `next start` compiles each header rule of the routes manifest.
    const { regex } = buildCustomRoute("header", { source, headers: [] });
    const matches = (path: string) => new RegExp(regex).test(path);
    expect(matches("/learn/nope")).toBe(true);
    expect(matches("/learn/a")).toBe(false);
    expect(matches("/learn/b.c")).toBe(false);
    expect(matches("/learn/bxc")).toBe(true);
    expect(matches("/learn/a/b")).toBe(false);
    expect(unknownParamSource("/docs/[...parts]", [])).toBeNull();
    expect(samplePath("/results/[id]")).toBe("/results/zz-unknown");
  });
});
