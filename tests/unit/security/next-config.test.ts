import { afterEach, describe, expect, it, vi } from "vitest";

async function configWith(siteUrl: string | undefined) {
  vi.resetModules();
  vi.stubEnv("SITE_URL", siteUrl);
  return (await import("@/next.config")).default;
}

afterEach(() => vi.unstubAllEnvs());

describe("next.config security settings", () => {
  it("sends the fixed security headers on every path", async () => {
    const config = await configWith("http://127.0.0.1:3000");
    const rules = await config.headers!();
    const all = rules.find((rule) => rule.source === "/:path*");
    expect(Object.fromEntries(all!.headers.map((h) => [h.key, h.value]))).toEqual({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
      "Permissions-Policy": expect.stringMatching(
        /camera=\(\), microphone=\(\), geolocation=\(\)/,
      ) as string,
    });
    expect(config.poweredByHeader).toBe(false);
  });

  it("gives API responses a policy under which nothing loads or frames them", async () => {
    const rules = await (await configWith(undefined)).headers!();
    const api = rules.find((rule) => rule.source === "/api/:path*");
    expect(api?.headers).toEqual([
      {
        key: "Content-Security-Policy",
        value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      },
    ]);
  });

  it("accepts server actions from the public host of SITE_URL only, besides the request's own host", async () => {
    expect(
      (await configWith("https://secure-base.example")).experimental?.serverActions?.allowedOrigins,
    ).toEqual(["secure-base.example"]);
    expect(
      (await configWith("http://127.0.0.1:3400")).experimental?.serverActions?.allowedOrigins,
    ).toEqual(["127.0.0.1:3400"]);
    expect((await configWith(undefined)).experimental?.serverActions?.allowedOrigins).toEqual([]);
  });

  it("limits request bodies for actions and for bodies buffered by the proxy", async () => {
    const { experimental } = await configWith(undefined);
    expect(experimental?.serverActions?.bodySizeLimit).toBe("64kb");
    expect(experimental?.proxyClientMaxBodySize).toBe("1mb");
  });
});
