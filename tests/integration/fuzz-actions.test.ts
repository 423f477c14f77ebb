import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  deleteNoteAction,
  deleteResultAction,
  saveNoteAction,
  saveResultAction,
} from "@/app/(account)/results/actions";
import {
  changePasswordAction,
  deleteAccountAction,
  replaceRecoveryCodesAction,
  requestPasswordResetAction,
  resendVerificationAction,
  resetPasswordWithCodeAction,
  resetPasswordWithTokenAction,
  signInAction,
  signOutEverywhereAction,
  signUpAction,
} from "@/lib/auth/actions";
import { signUpSchema } from "@/lib/auth/schemas";
import { areV1, attachmentV1 } from "@/lib/attachment";
import { saveNote } from "@/lib/dal/notes";
import { decodeAnswers, resultCookie } from "@/lib/reflect/answer-code";
import { labelCookie } from "@/lib/reflect/label";
import { GOOD_PASSWORD, signUp } from "./support/accounts";
import {
  RUNS,
  expectNoChanges,
  expectRefusal,
  hostileForm,
  hostileString,
  outcomeOf,
  toFormData,
  type FormEntries,
  type Outcome,
} from "./support/fuzz";
import { Browser, actAs } from "./support/next-request";
import { saveAttachment } from "./support/results";

vi.mock("next/headers", () => import("./support/next-request"));
vi.mock("next/headers.js", () => import("./support/next-request"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

// Every server action, called as a function with hostile FormData (wrong types, files for text,
// huge and odd strings, prototype keys, missing, repeated and extra fields, other people's ids)
// by signed-out, forged and signed-in browsers. Each must refuse with a clear message, a
// redirect within the site or a 404, store nothing, and pollute no prototype.

let attacker: { browser: Browser; email: string; resultId: string };
let victim: { browser: Browser; resultId: string };

beforeAll(async () => {
  const a = await signUp();
  attacker = {
    browser: a.browser,
    email: a.email,
    resultId: await saveAttachment(a.browser, { anxiety: "low", avoidance: "high" }),
  };
  const v = await signUp();
  victim = {
    browser: v.browser,
    resultId: await saveAttachment(v.browser, { anxiety: "high", avoidance: "high" }),
  };
  actAs(v.browser);
  expect(await saveNote(victim.resultId, "Only mine.")).toBe(true);
});

type Action = (form: FormData) => Promise<unknown>;

interface Case {
  name: string;
  action: Action;
  fields: string[];
  /** Which browser calls: a signed-out one, or the attacker's session. */
  as: "signed out" | "attacker";
  /** Inputs that are legitimately accepted are left out: they are not hostile. */
  valid?: (form: FormData) => boolean;
  redirects?: RegExp[];
}

const withState =
  (action: (state: object, form: FormData) => Promise<unknown>): Action =>
  (form) =>
    action({}, form);
const ownOrValidPassword = (field: string) => (form: FormData) => form.get(field) === GOOD_PASSWORD;

const cases: Case[] = [
  {
    name: "signInAction",
    action: withState(signInAction),
    fields: ["email", "password", "next"],
    as: "signed out",
  },
  {
    name: "signUpAction",
    action: withState(signUpAction),
    fields: ["email", "password", "next"],
    as: "signed out",
    valid: (form) =>
      signUpSchema.safeParse({ email: form.get("email"), password: form.get("password") }).success,
  },
  {
    name: "requestPasswordResetAction",
    action: withState(requestPasswordResetAction),
    fields: ["email"],
    as: "signed out",
  },
  {
    name: "resetPasswordWithTokenAction",
    action: withState(resetPasswordWithTokenAction),
    fields: ["token", "newPassword"],
    as: "signed out",
  },
  {
    name: "resetPasswordWithCodeAction",
    action: withState(resetPasswordWithCodeAction),
    fields: ["email", "code", "newPassword"],
    as: "signed out",
  },
  {
    name: "changePasswordAction",
    action: withState(changePasswordAction),
    fields: ["currentPassword", "newPassword", "signOutOthers"],
    as: "attacker",
    valid: ownOrValidPassword("currentPassword"),
  },
  {
    name: "deleteAccountAction",
    action: withState(deleteAccountAction),
    fields: ["password"],
    as: "attacker",
    valid: ownOrValidPassword("password"),
  },
  {
    name: "deleteResultAction",
    action: withState(deleteResultAction),
    fields: ["resultId"],
    as: "attacker",
    valid: (form) => form.getAll("resultId")[0] === attacker.resultId,
  },
  {
    name: "saveNoteAction",
    action: withState(saveNoteAction),
    fields: ["resultId", "body"],
    as: "attacker",
    valid: (form) => form.getAll("resultId")[0] === attacker.resultId,
  },
  {
    name: "deleteNoteAction",
    action: withState(deleteNoteAction),
    fields: ["resultId"],
    as: "attacker",
  },
  {
    name: "saveResultAction",
    action: withState(saveResultAction),
    fields: ["instrumentId"],
    as: "attacker",
  },
  ...["deleteResultAction", "saveNoteAction", "deleteNoteAction", "saveResultAction"].map(
    (name) => ({
      name,
      action: withState(
        { deleteResultAction, saveNoteAction, deleteNoteAction, saveResultAction }[name]!,
      ),
      fields: ["resultId", "body", "instrumentId"],
      as: "signed out" as const,
      redirects: [/^\/sign-in$/, /^\/sign-up\?next=/],
    }),
  ),
];

/** Form fields with other people's ids mixed into the hostile values. */
function formFor(fields: string[]): fc.Arbitrary<FormEntries> {
  const theirs = fc
    .constantFrom("resultId", "resultId", "body")
    .chain((field) =>
      fc
        .constantFrom(
          victim.resultId,
          attacker.resultId,
          `${victim.resultId}\u0000`,
          `${victim.resultId}' OR '1'='1`,
        )
        .map((id) => [field, id] as const),
    );
  return fc
    .tuple(hostileForm(fields), fc.option(theirs))
    .map(([entries, extra]) => (extra ? [...entries, [...extra]] : entries));
}

function browserFor(as: Case["as"]) {
  return as === "attacker" ? attacker.browser : new Browser();
}

describe.each(cases)(
  "$name ($as) with hostile form data",
  ({ action, fields, as, valid, redirects }) => {
    it("refuses clearly and changes nothing", async () => {
      await fc.assert(
        fc.asyncProperty(
          formFor(fields).filter((entries) => !valid?.(toFormData(entries))),
          (entries) =>
            expectNoChanges(async () => {
              actAs(browserFor(as));
              expectRefusal(await outcomeOf(action(toFormData(entries))), { redirects });
            }),
        ),
        { numRuns: RUNS },
      );
    });
  },
);

describe("saveResultAction with hostile answer cookies on the device", () => {
  // Cookie values as a browser could send them: printable ASCII without separators.
  const cookieValue = fc.oneof(
    fc
      .string({ unit: "binary-ascii", maxLength: 80 })
      .map((s) => s.replace(/[^\x21-\x7e]|[;,\\"]/g, "")),
    fc
      .tuple(
        fc.constantFrom(attachmentV1, areV1),
        fc.nat({ max: 9 }),
        fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 40 }),
      )
      .map(([instrument, version, digits]) => `${instrument.id}~${version}~${digits}`),
  );
  it("finds nothing to save in anything but a complete answer code", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(attachmentV1.id, areV1.id),
        cookieValue.filter((value) => decodeAnswers(value) === null),
        hostileString.map((s) => encodeURIComponent(s.slice(0, 200))),
        (instrumentId, code, label) =>
          expectNoChanges(async () => {
            const browser = attacker.browser;
            browser.jar.set(resultCookie(instrumentId), code);
            browser.jar.set(labelCookie(instrumentId), label);
            actAs(browser);
            const form = new FormData();
            form.set("instrumentId", instrumentId);
            const outcome: Outcome = await outcomeOf(saveResultAction({}, form));
            browser.jar.delete(resultCookie(instrumentId));
            browser.jar.delete(labelCookie(instrumentId));
            expectRefusal(outcome);
            expect(outcome.kind).toBe("state");
          }),
      ),
      { numRuns: RUNS },
    );
  });
});

describe("actions without form data, called with forged session cookies", () => {
  const forged = fc
    .tuple(fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 64 }), fc.boolean())
    .map(([token, withVictimsSignature]) => {
      const [, signature] = (victim.browser.jar.get("better-auth.session_token") ?? "").split(".");
      const clean = token.replace(/[^\x21-\x7e]|[;,\\"]/g, "") || "x";
      return withVictimsSignature ? `${clean}.${signature}` : clean;
    });

  it.each([
    ["replaceRecoveryCodesAction", () => replaceRecoveryCodesAction({})],
    ["resendVerificationAction", () => resendVerificationAction({})],
    ["signOutEverywhereAction", () => signOutEverywhereAction()],
  ] as const)("%s treats them as signed out", async (_name, call) => {
    await fc.assert(
      fc.asyncProperty(forged, (token) =>
        expectNoChanges(async () => {
          const browser = new Browser();
          browser.jar.set("better-auth.session_token", token);
          actAs(browser);
          expectRefusal(await outcomeOf(call()), {
            redirects: [/^\/sign-in\?signedOut=everywhere$/],
          });
        }),
      ),
      { numRuns: 30 },
    );
  });
});
