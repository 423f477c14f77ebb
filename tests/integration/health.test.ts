import { afterEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/health/route";
import { getHealth, type Health } from "@/lib/health";

// lib/db/client keeps one client on globalThis outside production; a fresh import must not reuse it.
const globalForDb = globalThis as unknown as { secureBaseDb?: { $disconnect(): Promise<void> } };

describe("health with the test database", () => {
  it("getHealth reports the database reachable", async () => {
    const health = await getHealth();
    expect(health.status).toBe("ok");
    expect(health.database).toEqual({
      provider: process.env.DATABASE_URL?.startsWith("postgres") ? "postgresql" : "sqlite",
      reachable: true,
    });
  });

  it("GET /api/health answers 200 and is not cached", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(((await response.json()) as Health).database.reachable).toBe(true);
  });
});

describe("health when the database is unreachable", () => {
  const saved = { url: process.env.DATABASE_URL, client: globalForDb.secureBaseDb };

  afterEach(async () => {
    await globalForDb.secureBaseDb?.$disconnect().catch(() => undefined);
    process.env.DATABASE_URL = saved.url;
    globalForDb.secureBaseDb = saved.client;
    vi.resetModules();
  });

  it("GET /api/health answers 503 with a body that says the database did not answer", async () => {
    // Nothing listens on port 1, so the connection is refused at once.
    process.env.DATABASE_URL = "postgresql://nobody@127.0.0.1:1/none";
    delete globalForDb.secureBaseDb;
    vi.resetModules();
    const route = await import("@/app/api/health/route");

    const response = await route.GET();
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as Health;
    expect(body).toEqual({
      status: "unavailable",
      version: expect.any(String) as string,
      database: { provider: "postgresql", reachable: false, error: "The database did not answer." },
    });
    // The connection string, with its credentials, never reaches the response.
    expect(JSON.stringify(body)).not.toContain("nobody@");
  });
});
