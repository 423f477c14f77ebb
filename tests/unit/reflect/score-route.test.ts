import { describe, expect, it } from "vitest";
import { POST } from "@/app/(quiz)/reflect/score/route";
import { attachmentV1, buildAnswers, itemsFor, type Answers } from "@/lib/attachment";

const url = "http://localhost/reflect/score";

function formPost(fields: Record<string, string>) {
  return POST(
    new Request(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    }),
  );
}

function jsonPost(body: unknown) {
  return POST(
    new Request(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

function formFields(answers: Answers, extra: Record<string, string> = {}) {
  return {
    instrumentId: attachmentV1.id,
    version: String(attachmentV1.version),
    ...Object.fromEntries(Object.entries(answers).map(([id, v]) => [`q:${id}`, String(v)])),
    ...extra,
  };
}

const full = buildAnswers(attachmentV1, { anxiety: "high", avoidance: "low" });

describe("POST /reflect/score", () => {
  it("scores a complete form post and keeps the answers in a cookie on the device", async () => {
    const res = await formPost(formFields(full));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/reflect/result");
    const cookies = res.headers.getSetCookie().join("\n");
    expect(cookies).toMatch(/sb-result-secure-base-attachment=secure-base-attachment~1~\d{28}/);
    expect(cookies).toMatch(/HttpOnly/);
  });

  it("returns the same result as JSON, nearest the anxious pattern", async () => {
    const res = await jsonPost({ instrumentId: attachmentV1.id, version: 1, answers: full });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { placement: { pattern: string } } };
    expect(body.result.placement.pattern).toBe("anxious");
  });

  it.each([
    ["an unknown item", { ...full, "zzz-99": 4 }, /don't match any question/],
    ["a value of 0", { ...full, "anx-01": 0 }, /question 1/],
    ["a value of 8", { ...full, "anx-01": 8 }, /question 1/],
  ])("refuses JSON with %s, with a clear message", async (_name, answers, message) => {
    const res = await jsonPost({ instrumentId: attachmentV1.id, version: 1, answers });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: string[]; result?: unknown };
    expect(body.result).toBeUndefined();
    expect(body.errors.join(" ")).toMatch(message);
  });

  it("refuses a wrong version", async () => {
    const res = await jsonPost({ instrumentId: attachmentV1.id, version: 99, answers: full });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: string[] }).errors.join(" ")).toMatch(
      /version|updated/i,
    );
  });

  it("refuses too few answers and says how many are needed", async () => {
    const few = Object.fromEntries(
      itemsFor(attachmentV1, "anxiety")
        .slice(0, 3)
        .map((i) => [i.id, 5]),
    );
    const res = await jsonPost({ instrumentId: attachmentV1.id, version: 1, answers: few });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: string[] }).errors.join(" ")).toMatch(
      /anxiety|avoidance/i,
    );
  });

  it("refuses a 1 MB body with 413 and never reads it as a result", async () => {
    const res = await jsonPost(JSON.stringify({ padding: "x".repeat(1024 * 1024) }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: string[] }).errors[0]).toMatch(/too large/);
  });

  it("refuses malformed JSON and unsupported content types clearly", async () => {
    expect((await jsonPost("{not json")).status).toBe(400);
    const res = await POST(
      new Request(url, { method: "POST", headers: { "content-type": "text/plain" }, body: "hi" }),
    );
    expect(res.status).toBe(415);
  });

  it("sends an incomplete form back to the questions, keeping the valid answers", async () => {
    const partial = Object.fromEntries(Object.entries(full).slice(0, 6));
    const res = await formPost(formFields(partial, { "q:anx-02": "8" }));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/reflect/questions?problem=1");
    const cookies = res.headers.getSetCookie().join("\n");
    expect(cookies).toMatch(/sb-draft-secure-base-attachment=/);
    expect(cookies).not.toMatch(/sb-result-secure-base-attachment=secure/);
  });
});
