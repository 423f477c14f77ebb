import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/results/route";
import { attachmentV1 } from "@/lib/attachment";
import { listResults } from "@/lib/dal/results";
import { signUp } from "./support/accounts";
import { Browser, actAs } from "./support/next-request";
import { attachmentAnswers } from "./support/results";

vi.mock("next/headers", () => import("./support/next-request"));
vi.mock("next/headers.js", () => import("./support/next-request"));

const answers = attachmentAnswers({ anxiety: "high", avoidance: "low" });
const submission = { instrumentId: attachmentV1.id, version: attachmentV1.version, answers };

function post(body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return POST(
    new Request("http://localhost:3000/api/results", {
      method: "POST",
      body: text,
      headers: { "content-type": "application/json", ...headers },
    }),
  );
}

describe("POST /api/results", () => {
  it("saves once per clientRequestId: 201 with the id, then 200 with the same id", async () => {
    const { browser } = await signUp();
    actAs(browser);
    const clientRequestId = randomUUID();
    const first = await post({ ...submission, clientRequestId });
    expect(first.status).toBe(201);
    const { id } = (await first.json()) as { id: string };
    const retry = await post({ ...submission, clientRequestId });
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ id });
    const history = await listResults();
    expect(history.items.map((r) => r.id)).toEqual([id]);
    expect(history.items[0]).toMatchObject({ pattern: "anxious" });
  });

  it("saves every request without a clientRequestId", async () => {
    const { browser } = await signUp();
    actAs(browser);
    expect((await post(submission)).status).toBe(201);
    expect((await post(submission)).status).toBe(201);
    expect((await listResults()).total).toBe(2);
  });

  it("refuses people who are signed out with 401", async () => {
    actAs(new Browser());
    const response = await post(submission);
    expect(response.status).toBe(401);
  });

  it("answers bad input with 400 and messages", async () => {
    const { browser } = await signUp();
    actAs(browser);
    const offScale = await post({ ...submission, answers: { ...answers, "anx-01": 9 } });
    expect(offScale.status).toBe(400);
    expect(((await offScale.json()) as { errors: string[] }).errors.join(" ")).toMatch(
      /question 1/,
    );
    expect((await post("{not json")).status).toBe(400);
    expect((await post([1, 2])).status).toBe(400);
    expect((await post({ ...submission, clientRequestId: "x" })).status).toBe(400);
    expect((await post({ ...submission, relationshipLabel: "x".repeat(200) })).status).toBe(400);
    expect((await listResults()).total).toBe(0);
  });

  it("refuses bodies over the limit with 413", async () => {
    const { browser } = await signUp();
    actAs(browser);
    const response = await post({ ...submission, padding: "x".repeat(20_000) });
    expect(response.status).toBe(413);
  });

  it("refuses requests from another site with 403", async () => {
    const { browser } = await signUp();
    actAs(browser);
    const response = await post(submission, { origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect((await listResults()).total).toBe(0);
  });
});
