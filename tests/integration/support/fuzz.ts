import { createHash } from "node:crypto";
import fc from "fast-check";
import { expect } from "vitest";
import { isRedirectError } from "next/dist/client/components/redirect-error.js";
import {
  getAccessFallbackHTTPStatus,
  isHTTPAccessFallbackError,
} from "next/dist/client/components/http-access-fallback/http-access-fallback.js";
import { db } from "@/lib/db/client";

/** Runs per property: enough to find the usual mistakes, few enough that `npm test` stays quick. */
export const RUNS = 60;

const PROTOTYPE_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
];

/** Strings a hostile client sends: any unicode, control characters, markup, prototype keys, huge. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom(
    "",
    " \t\n",
    "\u0000",
    "\u202e\u200b",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "${7*7}{{7*7}}",
    "../../etc/passwd",
    "null",
    "NaN",
    "1e309",
    "-1",
    "7.5",
    ...PROTOTYPE_KEYS,
  ),
  fc.integer({ min: 1_000, max: 300_000 }).map((n) => "é".repeat(n)),
);

/** Keys that would reach Object.prototype if copied carelessly, and other odd keys. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...PROTOTYPE_KEYS),
  fc.string({ maxLength: 12 }),
);

/** Any JSON value, with prototype keys among the object keys. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    hostileString,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(hostileKey, tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** JSON text as a client might send it, `__proto__` keys written literally. */
export const hostileJsonText: fc.Arbitrary<string> = fc.oneof(
  hostileJson.map((value) => JSON.stringify(value) ?? "null"),
  hostileJson.map(
    (value) =>
      `{"__proto__":${JSON.stringify(value) ?? "null"},"constructor":{"prototype":{"polluted":true}}}`,
  ),
  hostileString,
);

/** A form field value: text or an uploaded file where text is expected. */
const formValue: fc.Arbitrary<string | File> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  {
    weight: 1,
    arbitrary: hostileString.map((text) => new File([text], "x.txt", { type: "text/plain" })),
  },
);

export type FormEntries = [string, string | File][];

/**
 * Form fields built from those an action expects plus hostile ones, some repeated, some missing.
 * Kept as entries so that a failing case prints readably; `toFormData` makes the post.
 */
export function hostileForm(fields: string[]): fc.Arbitrary<FormEntries> {
  const name = fc.oneof(fc.constantFrom(...fields), hostileKey);
  return fc.array(fc.tuple(name, formValue), { maxLength: 8 });
}

export function toFormData(entries: FormEntries) {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

/** What a server action did: returned a state, redirected, or answered with an HTTP status. */
export type Outcome =
  | { kind: "state"; state: unknown }
  | { kind: "redirect"; to: string }
  | { kind: "status"; status: number };

/** Runs a server action and classifies its outcome; any other throw fails the test. */
export async function outcomeOf(work: Promise<unknown>): Promise<Outcome> {
  try {
    return { kind: "state", state: await work };
  } catch (error) {
    if (isRedirectError(error))
      return { kind: "redirect", to: (error as { digest: string }).digest.split(";")[2]! };
    if (isHTTPAccessFallbackError(error))
      return { kind: "status", status: getAccessFallbackHTTPStatus(error) };
    throw error;
  }
}

/** A message fit to show a person: present, short, and no leaked internals. */
export function expectClearMessage(text: unknown) {
  expect(typeof text).toBe("string");
  const message = text as string;
  expect(message.trim().length).toBeGreaterThan(0);
  expect(message.length).toBeLessThan(1_000);
  expect(message).not.toMatch(
    /\n\s+at |\[object Object\]|Prisma|ZodError|TypeError|SyntaxError|Invalid `/,
  );
}

/** A form state answers with a message or field errors, each clear. */
export function expectClearState(state: unknown) {
  const { message, errors } = (state ?? {}) as {
    message?: unknown;
    errors?: Record<string, unknown>;
  };
  const texts = [
    ...(message === undefined ? [] : [message]),
    ...Object.values(errors ?? {}).flatMap((list) =>
      Array.isArray(list) ? (list as unknown[]) : [list],
    ),
  ];
  expect(texts.length, `a message or field errors in ${JSON.stringify(state)}`).toBeGreaterThan(0);
  texts.forEach(expectClearMessage);
}

/** The outcome of a refused action: a clear message, a redirect within the site, or a 404. */
export function expectRefusal(outcome: Outcome, { redirects = [] as RegExp[] } = {}) {
  if (outcome.kind === "state") return expectClearState(outcome.state);
  if (outcome.kind === "status") return expect(outcome.status).toBe(404);
  expect(outcome.to, "a redirect within the site").toMatch(/^\/(?![/\\])/);
  expect(
    redirects.some((allowed) => allowed.test(outcome.to)),
    `redirect to ${outcome.to}`,
  ).toBe(true);
}

/** An HTTP response to hostile input: never a server error, and a clear reason when refused. */
export async function expectHandled(response: Response) {
  expect(response.status, "no server error").toBeLessThan(500);
  if (response.status < 400) return;
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  if (type.includes("json")) {
    const body = JSON.parse(text) as { errors?: unknown[]; message?: unknown };
    const messages = body.errors ?? (body.message === undefined ? [] : [body.message]);
    expect(messages.length, `a reason in ${text}`).toBeGreaterThan(0);
    messages.forEach(expectClearMessage);
  } else {
    expectClearMessage(text);
  }
}

/**
 * Everything people own: rows per table and a digest of their content (results, notes, password
 * hashes, sessions, recovery codes). The rate-limit table is left out on purpose: counting
 * refused attempts is its job.
 */
export async function dataSnapshot() {
  const [users, accounts, sessions, verifications, results, notes, codes] = await Promise.all([
    db.user.findMany({
      select: { id: true, email: true, emailVerified: true, name: true },
      orderBy: { id: "asc" },
    }),
    db.account.findMany({ select: { id: true, password: true }, orderBy: { id: "asc" } }),
    db.session.findMany({
      select: { id: true, token: true, expiresAt: true },
      orderBy: { id: "asc" },
    }),
    db.verification.findMany({ select: { id: true, value: true }, orderBy: { id: "asc" } }),
    db.result.findMany({
      select: { id: true, userId: true, answers: true, relationshipLabel: true },
      orderBy: { id: "asc" },
    }),
    db.note.findMany({ select: { id: true, body: true, updatedAt: true }, orderBy: { id: "asc" } }),
    db.recoveryCode.findMany({ select: { id: true, usedAt: true }, orderBy: { id: "asc" } }),
  ]);
  const tables = { users, accounts, sessions, verifications, results, notes, codes };
  const counts = Object.fromEntries(
    Object.entries(tables).map(([name, rows]) => [name, rows.length]),
  );
  const digest = createHash("sha256").update(JSON.stringify(tables)).digest("hex");
  return { counts, digest };
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join();

/** Runs `work` and fails if it changed anyone's data or added anything to Object.prototype. */
export async function expectNoChanges(work: () => Promise<unknown>) {
  const before = await dataSnapshot();
  const keys = prototypeKeys();
  await work();
  expect(prototypeKeys(), "Object.prototype unchanged").toBe(keys);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(await dataSnapshot(), "no one's data changed").toEqual(before);
}
