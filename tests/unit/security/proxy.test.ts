import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import type * as PagePolicyModule from "@/lib/security/page-policy";

// The proxy's policies come from a fixed manifest here, not from whatever build is in .next.
vi.mock("@/lib/security/page-policy", async (importOriginal) => {
  const actual = await importOriginal<typeof PagePolicyModule>();
  const manifest = { buildId: "test", pages: { "/learn/emotional-security": ["'sha256-learn'"] } };
  return {
    ...actual,
    getPagePolicies: (options: { https: boolean; development: boolean }) =>
      new actual.PagePolicies(manifest, options),
  };
});

async function proxyFor(siteUrl: string) {
  vi.resetModules();
  vi.stubEnv("SITE_URL", siteUrl);
  vi.stubEnv("NODE_ENV", "production");
  return (await import("@/proxy")).proxy;
}

function request(path: string, method = "GET") {
  return new NextRequest(new URL(path, "http://127.0.0.1:3000"), {
    method,
    headers: { accept: "text/html" },
  });
}

afterEach(() => vi.unstubAllEnvs());

describe("proxy", () => {
  it("sends a prerendered page's hash policy and leaves the request alone", async () => {
    const proxy = await proxyFor("http://127.0.0.1:3000");
    const response = proxy(request("/learn/emotional-security"));
    expect(response.headers.get("content-security-policy")).toContain(
      "script-src 'self' 'sha256-learn'",
    );
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBeNull();
  });

  it("passes a page rendered on request the same nonce policy it sends, so Next can use the nonce", async () => {
    const proxy = await proxyFor("http://127.0.0.1:3000");
    const response = proxy(request("/results"));
    const sent = response.headers.get("content-security-policy");
    expect(sent).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(sent);
  });

  it("sends HSTS when SITE_URL is https", async () => {
    const proxy = await proxyFor("https://secure-base.example");
    const response = proxy(request("/"));
    expect(response.headers.get("strict-transport-security")).toBe(
      "max-age=63072000; includeSubDomains",
    );
    expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("sends no HSTS when SITE_URL is http", async () => {
    const proxy = await proxyFor("http://127.0.0.1:3000");
    const response = proxy(request("/"));
    expect(response.headers.get("strict-transport-security")).toBeNull();
    expect(response.headers.get("content-security-policy")).not.toContain(
      "upgrade-insecure-requests",
    );
  });
});

describe("the proxy's matcher", () => {
  it("skips the prerendered pages, API routes and files, and sees every page rendered on request", async () => {
    const { config } = await import("@/proxy");
    const matches = new RegExp(`^${config.matcher[0]!.source}$`);
    for (const path of [
      "/",
      "/learn",
      "/learn/emotional-security",
      "/privacy",
      "/support",
      "/reflect",
      "/check-in",
      "/goodbye",
      "/api/health",
      "/reflect/score",
      "/reflect/forget",
      "/learn/emotional-security/opengraph-image-17ubqb",
      "/_next/static/chunks/a.js",
      "/icon.svg",
    ]) {
      expect(matches.test(path), path).toBe(false);
    }
    for (const path of [
      "/results",
      "/results/abc",
      "/reflect/questions",
      "/reflect/result",
      "/check-in/result",
      "/sign-in",
      "/account",
      "/no-such-page",
      "/learn/a/b",
    ]) {
      expect(matches.test(path), path).toBe(true);
    }
  });
});
