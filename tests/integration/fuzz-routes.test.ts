import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST as forget } from "@/app/(quiz)/reflect/forget/route";
import { POST as score } from "@/app/(quiz)/reflect/score/route";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...all]/route";
import { GET as exportCsv } from "@/app/api/export/csv/route";
import { GET as exportJson } from "@/app/api/export/json/route";
import { GET as health } from "@/app/api/health/route";
import { POST as importRoute } from "@/app/api/import/route";
import { POST as saveRoute } from "@/app/api/results/route";
import { attachmentV1, buildAnswers, validateSubmission } from "@/lib/attachment";
import { z } from "zod";
import { signUp } from "./support/accounts";
import {
  RUNS,
  expectClearMessage,
  expectHandled,
  hostileJson,
  hostileJsonText,
  hostileKey,
  hostileString,
  expectNoChanges,
} from "./support/fuzz";
import { Browser, actAs } from "./support/next-request";
import { saveAttachment } from "./support/results";

vi.mock("next/headers", () => import("./support/next-request"));
vi.mock("next/headers.js", () => import("./support/next-request"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

// Every route handler, called directly with hostile requests against the real database. Each
// property checks: no 500 or uncaught throw, a clear reason when refusing, nothing stored,
// nothing added to Object.prototype.

const SITE = "http://localhost:3000";
const CONTENT_TYPES = [
  "application/x-www-form-urlencoded",
  "application/json",
  "application/json; charset=utf-16",
  "multipart/form-data; boundary=x",
  "text/plain",
  "",
  "application/x-www-form-urlencoded; charset=\u00ff",
];

const contentType = fc.constantFrom(...CONTENT_TYPES);
const origin = fc.constantFrom(
  undefined,
  SITE,
  "https://evil.example",
  "null",
  "http://localhost:3000.evil.example",
);

function post(
  path: string,
  body: BodyInit | null,
  headers: Record<string, string | undefined> = {},
) {
  const defined = Object.entries(headers).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  return new Request(`${SITE}${path}`, { method: "POST", body, headers: defined });
}

/** A valid attachment submission, broken in exactly one way that must be refused. */
const brokenSubmission = fc
  .record({
    mutation: fc.constantFrom(
      "drop-instrument",
      "version-type",
      "answer-range",
      "answer-type",
      "unknown-question",
      "proto-key",
      "answers-array",
      "too-few",
      "request-id",
      "label",
    ),
    value: hostileJson,
    key: hostileKey,
    offScale: fc.oneof(
      fc.integer({ max: 0 }),
      fc.integer({ min: 8 }),
      fc.double({ min: 1, max: 7, noNaN: true }).filter((n) => !Number.isInteger(n)),
    ),
  })
  .map(({ mutation, value, key, offScale }) => {
    const answers: Record<string, unknown> = {
      ...buildAnswers(attachmentV1, { anxiety: "high", avoidance: "low" }),
    };
    const body: Record<string, unknown> = {
      instrumentId: attachmentV1.id,
      version: attachmentV1.version,
      answers,
    };
    const first = attachmentV1.items[0]!.id;
    switch (mutation) {
      case "drop-instrument":
        delete body.instrumentId;
        break;
      case "version-type":
        body.version =
          typeof value === "number" && Number.isInteger(value) && value > 0 ? String(value) : value;
        break;
      case "answer-range":
        answers[first] = offScale;
        break;
      case "answer-type":
        answers[first] = typeof value === "number" ? String(value) : value;
        break;
      case "unknown-question":
        answers[`zz-${key}`] = 4;
        break;
      case "proto-key":
        return `{"instrumentId":"${attachmentV1.id}","version":1,"answers":{"__proto__":{"polluted":1},${JSON.stringify(answers).slice(1)}}`;
      case "answers-array":
        body.answers = Object.values(answers);
        break;
      case "too-few":
        body.answers = Object.fromEntries(Object.entries(answers).slice(0, 3));
        break;
      case "request-id":
        body.clientRequestId =
          typeof value === "string" && /^[\w:.-]{8,100}$/.test(value) ? `${value}!` : value;
        break;
      case "label":
        body.relationshipLabel = "x".repeat(81);
        break;
    }
    return JSON.stringify(body);
  });

let attacker: { browser: Browser; resultId: string };
let victim: { browser: Browser; resultId: string };

beforeAll(async () => {
  const a = await signUp();
  attacker = {
    browser: a.browser,
    resultId: await saveAttachment(a.browser, { anxiety: "low", avoidance: "low" }),
  };
  const v = await signUp();
  victim = {
    browser: v.browser,
    resultId: await saveAttachment(v.browser, { anxiety: "high", avoidance: "high" }),
  };
});

describe("POST /reflect/score with hostile bodies", () => {
  it("answers every body with a redirect back to the questions or a clear refusal", async () => {
    await fc.assert(
      fc.asyncProperty(
        contentType,
        fc.oneof(
          hostileJsonText,
          fc
            .dictionary(
              fc.oneof(
                hostileKey,
                fc.constantFrom(
                  "instrumentId",
                  "version",
                  "label",
                  `q:${attachmentV1.items[0]!.id}`,
                ),
              ),
              hostileString,
              { maxKeys: 6 },
            )
            .map((fields) =>
              new URLSearchParams({
                instrumentId: attachmentV1.id,
                version: "1",
                ...fields,
              }).toString(),
            ),
        ),
        (type, body) =>
          expectNoChanges(async () => {
            const response = await score(post("/reflect/score", body, { "content-type": type }));
            await expectHandled(response.clone());
            if (response.status === 303) {
              expect(response.headers.get("location")).toMatch(
                /^\/(reflect|check-in)\/questions\?problem=/,
              );
            } else {
              expect([400, 413, 415]).toContain(response.status);
            }
          }),
      ),
      { numRuns: RUNS },
    );
  });
});

describe("handlers that read no input", () => {
  it("answer hostile requests as usual: /reflect/forget clears cookies, /api/health reports", async () => {
    await fc.assert(
      fc.asyncProperty(hostileJsonText, contentType, (body, type) =>
        expectNoChanges(async () => {
          const forgotten = (forget as (request: Request) => Response)(
            post("/reflect/forget", body, { "content-type": type }),
          );
          expect(forgotten.status).toBe(303);
          expect(forgotten.headers.get("location")).toBe("/reflect?forgotten=1");
          expect((await health()).status).toBe(200);
        }),
      ),
      { numRuns: 20 },
    );
  });
});

describe("GET /api/export with forged session cookies", () => {
  it("never exports anything to a cookie that is not a live session", async () => {
    const cookieValue = fc
      .string({ unit: "binary-ascii", maxLength: 120 })
      .map((s) => s.replace(/[^\x21-\x7e]|[;,\\"]/g, ""));
    await fc.assert(
      fc.asyncProperty(cookieValue, fc.boolean(), (token, signed) =>
        expectNoChanges(async () => {
          const browser = new Browser();
          const [, signature] = (victim.browser.jar.get("better-auth.session_token") ?? "").split(
            ".",
          );
          browser.jar.set("better-auth.session_token", signed ? `${token}.${signature}` : token);
          actAs(browser);
          for (const response of [await exportJson(), await exportCsv()]) {
            expect(response.status).toBe(401);
            expectClearMessage(await response.text());
          }
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it("exports only the signed-in person's own results", async () => {
    actAs(attacker.browser);
    const json = await (await exportJson()).text();
    expect(json).toContain(attacker.resultId);
    expect(json).not.toContain(victim.resultId);
    expect(await (await exportCsv()).text()).not.toContain(victim.resultId);
  });
});

describe("POST /api/results with hostile bodies", () => {
  it("refuses broken submissions and arbitrary JSON with clear errors and stores nothing", async () => {
    actAs(attacker.browser);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(brokenSubmission, hostileJsonText),
        contentType,
        origin,
        (body, type, from) =>
          expectNoChanges(async () => {
            const response = await saveRoute(
              post("/api/results", body, { "content-type": type, origin: from }),
            );
            await expectHandled(response);
            expect([400, 403, 413]).toContain(response.status);
          }),
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it("refuses a body over 16 KB, with or without a Content-Length", async () => {
    actAs(attacker.browser);
    await expectNoChanges(async () => {
      const big = JSON.stringify({ padding: "x".repeat(20 * 1024) });
      const chunked = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(big));
          controller.close();
        },
      });
      for (const body of [big, chunked]) {
        const request = new Request(`${SITE}/api/results`, {
          method: "POST",
          body,
          duplex: "half",
        } as RequestInit);
        const response = await saveRoute(request);
        expect(response.status).toBe(413);
        await expectHandled(response);
      }
    });
  });

  it("saves nothing for a signed-out or forged session", async () => {
    const forged = new Browser();
    forged.jar.set("better-auth.session_token", `${victim.resultId}.forged`);
    await expectNoChanges(async () => {
      for (const browser of [new Browser(), forged]) {
        actAs(browser);
        const valid = JSON.stringify({
          instrumentId: attachmentV1.id,
          version: 1,
          answers: buildAnswers(attachmentV1, {}),
        });
        const response = await saveRoute(
          post("/api/results", valid, { "content-type": "application/json" }),
        );
        expect(response.status).toBe(401);
        await expectHandled(response);
      }
    });
  });
});

describe("POST /api/import with hostile files", () => {
  it("sends the person back with a reason, and imports nothing", async () => {
    actAs(attacker.browser);
    const file = fc.oneof(
      hostileJsonText,
      hostileJson.map((results) => JSON.stringify({ schemaVersion: 1, results: [results] })),
      // Breakages of the results themselves (the envelope's fields are not part of an export).
      brokenSubmission
        .map((text) => JSON.parse(text) as Record<string, unknown>)
        .filter((submission) => !validateSubmission(submission).ok)
        .map(({ instrumentId, version, answers }) =>
          JSON.stringify({
            schemaVersion: 1,
            results: [
              {
                instrumentId,
                instrumentVersion: version,
                answers,
                createdAt: "2026-01-01T00:00:00Z",
              },
            ],
          }),
        ),
    );
    await fc.assert(
      fc.asyncProperty(file, fc.boolean(), origin, (text, asFile, from) =>
        expectNoChanges(async () => {
          const form = new FormData();
          form.set(
            "file",
            asFile ? new File([text], "export.json", { type: "application/json" }) : text,
          );
          const response = await importRoute(post("/api/import", form, { origin: from }));
          await expectHandled(response.clone());
          if (response.status === 303) {
            expect(response.headers.get("location")).toMatch(
              /^\/account\?(importError=[a-z-]+|imported=0&skipped=0)$/,
            );
          } else {
            expect(response.status).toBe(403);
          }
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it("refuses an answer keyed __proto__, which a record schema would silently drop", async () => {
    actAs(attacker.browser);
    const answers = JSON.stringify(buildAnswers(attachmentV1, {})).slice(1);
    const text = `{"schemaVersion":1,"results":[{"instrumentId":"${attachmentV1.id}","instrumentVersion":1,"createdAt":"2026-01-01T00:00:00Z","answers":{"__proto__":{"polluted":1},${answers}}]}`;
    await expectNoChanges(async () => {
      const form = new FormData();
      form.set("file", new File([text], "export.json", { type: "application/json" }));
      const response = await importRoute(post("/api/import", form, { origin: SITE }));
      expect(response.headers.get("location")).toBe("/account?importError=invalid");
    });
  });

  it("refuses a body that is not a form", async () => {
    actAs(attacker.browser);
    await fc.assert(
      fc.asyncProperty(hostileJsonText, contentType, (body, type) =>
        expectNoChanges(async () => {
          const response = await importRoute(post("/api/import", body, { "content-type": type }));
          expect(response.status).toBe(303);
          expect(response.headers.get("location")).toMatch(/^\/account\?importError=/);
        }),
      ),
      { numRuns: 30 },
    );
  });
});

describe("better-auth's /api/auth endpoints with hostile bodies", () => {
  const paths = [
    "/sign-in/email",
    "/sign-up/email",
    "/change-password",
    "/reset-password",
    "/request-password-reset",
    "/delete-user",
    "/update-user",
    "/sign-out",
    "/revoke-sessions",
  ];
  const isEmail = (value: unknown) => z.email().safeParse(value).success;
  const body = fc
    .record(
      {
        email: fc.oneof(hostileJson, hostileString),
        password: fc.oneof(hostileJson, hostileString),
        name: hostileJson,
      },
      { requiredKeys: [] },
    )
    // A valid email with a string password could really sign someone up: not hostile input.
    .filter((fields) => !isEmail(fields.email))
    .map((fields) => JSON.stringify(fields));

  it("never answer with a server error or change anyone's data", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.oneof(body, hostileJsonText),
        contentType,
        origin,
        (path, text, type, from) =>
          expectNoChanges(async () => {
            const address = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
            const response = await authPost(
              post(`/api/auth${path}`, text, {
                "content-type": type,
                origin: from,
                "x-forwarded-for": address,
              }),
            );
            expect(response.status, `${path} ${text.slice(0, 200)}`).toBeLessThan(500);
          }),
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it("answer GETs with hostile query strings without a server error", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("/get-session", "/verify-email", "/reset-password/x", "/list-sessions"),
        fc.dictionary(hostileKey, hostileString, { maxKeys: 3 }),
        (path, query) =>
          expectNoChanges(async () => {
            const url = `${SITE}/api/auth${path}?${new URLSearchParams(query).toString()}`;
            const response = await authGet(
              new Request(url, { headers: { "x-forwarded-for": "10.8.0.1" } }),
            );
            expect(response.status).toBeLessThan(500);
          }),
      ),
      { numRuns: RUNS },
    );
  });
});
