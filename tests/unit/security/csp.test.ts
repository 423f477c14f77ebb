import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { themeScript } from "@/components/layout/theme-script";
import { contentSecurityPolicy } from "@/lib/security/csp.mjs";
import { themeScriptHash } from "@/lib/security/page-policy";

function directives(policy: string) {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

const hash = "'sha256-AAAA'";

describe("contentSecurityPolicy", () => {
  it.each([
    ["a prerendered page (hashes)", { https: false, hashes: [hash] }],
    [
      "a page rendered on request (nonce)",
      { https: false, nonce: "abc123==", hashes: [themeScriptHash] },
    ],
  ])("locks down %s", (_label, options) => {
    const policy = directives(contentSecurityPolicy(options));
    const scripts = policy.get("script-src") ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts.join(" ")).not.toMatch(/\*|https?:|data:/);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  it("names the nonce or the hashes it is given, and nothing else inline", () => {
    expect(
      directives(contentSecurityPolicy({ https: false, nonce: "n0nce" })).get("script-src"),
    ).toEqual(["'self'", "'nonce-n0nce'"]);
    expect(
      directives(contentSecurityPolicy({ https: false, hashes: [hash] })).get("script-src"),
    ).toEqual(["'self'", hash]);
  });

  it("upgrades insecure requests only when the site is served over HTTPS", () => {
    expect(
      directives(contentSecurityPolicy({ https: true })).has("upgrade-insecure-requests"),
    ).toBe(true);
    expect(
      directives(contentSecurityPolicy({ https: false })).has("upgrade-insecure-requests"),
    ).toBe(false);
  });

  it("allows eval only for next dev", () => {
    expect(
      directives(contentSecurityPolicy({ https: false, development: true })).get("script-src"),
    ).toContain("'unsafe-eval'");
  });

  it("hashes the theme script exactly as the layout renders it", () => {
    const expected = createHash("sha256").update(themeScript).digest("base64");
    expect(themeScriptHash).toBe(`'sha256-${expected}'`);
  });
});
