import { describe, expect, it } from "vitest";
import { PagePolicies, themeScriptHash } from "@/lib/security/page-policy";

const manifest = {
  buildId: "b",
  pages: {
    "/learn/emotional-security": ["'sha256-learn'", themeScriptHash],
    "/_not-found": ["'sha256-404'", themeScriptHash],
  },
};
const policies = new PagePolicies(manifest, { https: false, development: false });
const scriptSrc = (csp: string) => csp.split("; ").find((d) => d.startsWith("script-src ")) ?? "";

describe("PagePolicies", () => {
  it("gives a prerendered page the hashes of its own scripts and no nonce", () => {
    const policy = policies.forRequest("GET", "/learn/emotional-security");
    expect(policy.nonce).toBeUndefined();
    expect(scriptSrc(policy.csp)).toBe(`script-src 'self' 'sha256-learn' ${themeScriptHash}`);
    expect(policies.forRequest("HEAD", "/learn/emotional-security")).toEqual(policy);
  });

  it("gives a page rendered on request a fresh nonce each time, plus the theme script's hash", () => {
    const first = policies.forRequest("GET", "/results");
    const second = policies.forRequest("GET", "/results");
    expect(first.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(second.nonce).not.toBe(first.nonce);
    expect(scriptSrc(first.csp)).toContain(`'nonce-${first.nonce}'`);
    expect(scriptSrc(first.csp)).toContain(themeScriptHash);
  });

  it("allows the prerendered 404 page's scripts on paths it does not know", () => {
    expect(scriptSrc(policies.forRequest("GET", "/no-such-page").csp)).toContain("'sha256-404'");
  });

  it("renders a form post to a prerendered path with a nonce", () => {
    const policy = policies.forRequest("POST", "/learn/emotional-security");
    expect(policy.nonce).toBeDefined();
    expect(scriptSrc(policy.csp)).toContain("'sha256-learn'");
  });

  it("uses nonces everywhere when there is no build to read (next dev)", () => {
    const dev = new PagePolicies(null, { https: false, development: true });
    const policy = dev.forRequest("GET", "/learn/emotional-security");
    expect(policy.nonce).toBeDefined();
    expect(scriptSrc(policy.csp)).toContain("'unsafe-eval'");
  });
});
