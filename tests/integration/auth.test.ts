import { spawnSync } from "node:child_process";
import { describe, expect, it, vi } from "vitest";
import {
  changePasswordAction,
  deleteAccountAction,
  requestPasswordResetAction,
  resetPasswordWithCodeAction,
  signInAction,
  signOutAction,
  signOutEverywhereAction,
  signUpAction,
} from "@/lib/auth/actions";
import { db } from "@/lib/db/client";
import { getCurrentUser } from "@/lib/dal/current-user";
import { GOOD_PASSWORD, form, newEmail, signUp } from "./support/accounts";
import { redirectOf } from "./support/next-errors";
import { Browser, actAs } from "./support/next-request";

vi.mock("next/headers", () => import("./support/next-request"));
vi.mock("next/headers.js", () => import("./support/next-request"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

async function signIn(email: string, password: string, browser = new Browser(), next?: string) {
  actAs(browser);
  const fields: Record<string, string> = { email, password };
  if (next !== undefined) fields.next = next;
  const attempt = signInAction({}, form(fields));
  const outcome = await attempt.then(
    (state) => ({ state, redirect: null }),
    async () => ({ state: null, redirect: await redirectOf(attempt) }),
  );
  return { ...outcome, browser };
}

describe("sign-up", () => {
  it("creates an account, signs it in, and shows recovery codes whose hashes alone are stored", async () => {
    const { browser, email, recoveryCodes } = await signUp();
    actAs(browser);
    expect((await getCurrentUser())?.email).toBe(email);
    expect(recoveryCodes).toHaveLength(8);
    expect(new Set(recoveryCodes).size).toBe(8);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    // Sessions keep no trace of where or on what the person signed in.
    expect(
      await db.session.findMany({
        where: { userId: user.id },
        select: { ipAddress: true, userAgent: true },
      }),
    ).toEqual([{ ipAddress: null, userAgent: null }]);
    const stored = await db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(8);
    const storedText = JSON.stringify(stored);
    for (const code of recoveryCodes) {
      expect(storedText).not.toContain(code);
      expect(storedText).not.toContain(code.replace(/-/g, ""));
    }
  });

  it("refuses a common password with a clear message and creates no account", async () => {
    const email = newEmail();
    actAs(new Browser());
    const state = await signUpAction({}, form({ email, password: "password123" }));
    expect(state.errors?.password?.[0]).toMatch(/too common/);
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });

  it("needs 8 characters, allows a 256-character passphrase, and no composition rules", async () => {
    actAs(new Browser());
    const short = await signUpAction({}, form({ email: newEmail(), password: "a7#kQ2z" }));
    expect(short.errors?.password?.[0]).toMatch(/at least 8/);
    const tooLong = await signUpAction(
      {},
      form({ email: newEmail(), password: "x".repeat(100) + " ".repeat(1) + "y".repeat(156) }),
    );
    expect(tooLong.errors?.password?.[0]).toMatch(/at most 256/);
    const passphrase = "the quiet river remembers every stone it has carried "
      .repeat(5)
      .slice(0, 256);
    const long = await signUpAction({}, form({ email: newEmail(), password: passphrase }));
    expect(long.recoveryCodes).toHaveLength(8);
    const lowercaseOnly = await signUpAction(
      {},
      form({ email: newEmail(), password: "lanternmeadowpebble" }),
    );
    expect(lowercaseOnly.recoveryCodes).toHaveLength(8);
  });

  it("says when an email already has an account", async () => {
    const { email } = await signUp();
    actAs(new Browser());
    const state = await signUpAction(
      {},
      form({ email: email.toUpperCase(), password: GOOD_PASSWORD }),
    );
    expect(state.errors?.email?.[0]).toMatch(/already exists/);
  });
});

describe("sign-in and sign-out", () => {
  it("signs in with the right password and goes to a safe next path, never another site", async () => {
    const { email, password } = await signUp();
    expect((await signIn(email, password, new Browser(), "/results/save")).redirect).toBe(
      "/results/save",
    );
    expect((await signIn(email, password, new Browser(), "//evil.example/x")).redirect).toBe(
      "/results",
    );
    expect((await signIn(email, password, new Browser(), "https://evil.example/")).redirect).toBe(
      "/results",
    );
  });

  it("refuses a wrong password without saying which part was wrong", async () => {
    const { email } = await signUp();
    const { state } = await signIn(email, "not the password at all");
    expect(state?.message).toMatch(/don't match/);
    const unknown = await signIn(newEmail("nobody"), "not the password at all");
    expect(unknown.state?.message).toBe(state?.message);
  });

  it("throttles ten rapid wrong passwords for one account, even from different addresses", async () => {
    const { email, password } = await signUp();
    const messages: string[] = [];
    for (let i = 0; i < 10; i++) {
      const { state } = await signIn(email, `wrong guess number ${i}`);
      messages.push(state?.message ?? "");
    }
    expect(messages.slice(0, 5).every((m) => /don't match/.test(m))).toBe(true);
    expect(messages.slice(5).every((m) => /Too many attempts/.test(m))).toBe(true);
    // While throttled, even the right password is not checked.
    expect((await signIn(email, password)).state?.message).toMatch(/Too many attempts/);
    // Another account is not affected.
    const other = await signUp();
    expect((await signIn(other.email, other.password)).redirect).toBe("/results");
  });

  it("throttles many sign-in attempts from one address across accounts", async () => {
    const address = "192.0.2.77";
    const { hitThrottle, throttleRules } = await import("@/lib/auth/throttle");
    for (let i = 0; i < 3; i++) {
      const { state } = await signIn(
        newEmail("spray"),
        "some wrong password",
        new Browser(address),
      );
      expect(state?.message).toMatch(/don't match/);
    }
    // The rest of the allowance is used up directly rather than with slow password checks.
    for (let i = 3; i < throttleRules.signInPerAddress.max; i++)
      await hitThrottle("signInPerAddress", address);
    const { email, password } = await signUp();
    expect((await signIn(email, password, new Browser(address))).state?.message).toMatch(
      /Too many attempts/,
    );
    expect((await signIn(email, password, new Browser("192.0.2.78"))).redirect).toBe("/results");
  });

  it("signs out this device only, or every device", async () => {
    const { email, password, browser: first } = await signUp();
    const { browser: second } = await signIn(email, password);
    const { browser: third } = await signIn(email, password);

    actAs(third);
    expect(await redirectOf(signOutAction())).toMatch(/^\/sign-in/);
    actAs(third);
    expect(await getCurrentUser()).toBeNull();
    actAs(second);
    expect(await getCurrentUser()).not.toBeNull();

    actAs(first);
    expect(await redirectOf(signOutEverywhereAction())).toBe("/sign-in?signedOut=everywhere");
    for (const browser of [first, second]) {
      actAs(browser);
      expect(await getCurrentUser()).toBeNull();
    }
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("sets the session cookie HttpOnly and SameSite=Lax", async () => {
    const { getAuth } = await import("@/lib/auth/auth");
    const email = newEmail();
    const response = await getAuth().handler(
      new Request("http://localhost:3000/api/auth/sign-up/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost:3000" },
        body: JSON.stringify({ email, password: GOOD_PASSWORD, name: "" }),
      }),
    );
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it("limits wrong passwords per account over better-auth's HTTP API too, across addresses", async () => {
    const { getAuth } = await import("@/lib/auth/auth");
    const { email, password } = await signUp();
    const attempt = (pw: string, i: number) =>
      getAuth().handler(
        new Request("http://localhost:3000/api/auth/sign-in/email", {
          method: "POST",
          headers: {
            "content-type": "application/json",
            origin: "http://localhost:3000",
            "x-forwarded-for": `198.51.100.${i + 20}`,
          },
          body: JSON.stringify({ email, password: pw }),
        }),
      );
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await attempt(`wrong guess ${i}`, i)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect((await attempt(password, 99)).status).toBe(429);
    // The same count applies to the sign-in form.
    expect((await signIn(email, password)).state?.message).toMatch(/Too many attempts/);
  });

  it("enforces the password policy on better-auth's HTTP API too", async () => {
    const { getAuth } = await import("@/lib/auth/auth");
    const email = newEmail();
    const response = await getAuth().handler(
      new Request("http://localhost:3000/api/auth/sign-up/email", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: "http://localhost:3000",
          "x-forwarded-for": "198.51.100.9",
        },
        body: JSON.stringify({ email, password: "iloveyou", name: "" }),
      }),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(/too common/);
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });
});

describe("changing and recovering a password", () => {
  it("changes the password after checking the current one, and signs out other devices", async () => {
    const { email, password, browser } = await signUp();
    const { browser: other } = await signIn(email, password);
    actAs(browser);
    const wrong = await changePasswordAction(
      {},
      form({ currentPassword: "not it at all", newPassword: "a brand new passphrase" }),
    );
    expect(wrong.errors?.currentPassword?.[0]).toMatch(/not your current password/);
    const common = await changePasswordAction(
      {},
      form({ currentPassword: password, newPassword: "qwertyuiop" }),
    );
    expect(common.errors?.newPassword?.[0]).toMatch(/too common/);
    const done = await changePasswordAction(
      {},
      form({
        currentPassword: password,
        newPassword: "a brand new passphrase",
        signOutOthers: "on",
      }),
    );
    expect(done).toMatchObject({ ok: true });
    actAs(browser);
    expect(await getCurrentUser()).not.toBeNull();
    actAs(other);
    expect(await getCurrentUser()).toBeNull();
    expect((await signIn(email, password)).state?.message).toMatch(/don't match/);
    expect((await signIn(email, "a brand new passphrase")).redirect).toBe("/results");
  });

  it("resets a forgotten password with a recovery code, once per code", async () => {
    const { email, recoveryCodes, browser } = await signUp();
    const code = recoveryCodes[3]!;
    actAs(new Browser());
    const bad = await resetPasswordWithCodeAction(
      {},
      form({ email, code: "AAAA-BBBB-CCCC", newPassword: "sunlit orchard ladder" }),
    );
    expect(bad.message).toMatch(/don't match/);
    // Codes can be typed in lower case and without dashes.
    const typed = code.toLowerCase().replace(/-/g, "");
    expect(
      await redirectOf(
        resetPasswordWithCodeAction(
          {},
          form({ email, code: typed, newPassword: "sunlit orchard ladder" }),
        ),
      ),
    ).toBe("/sign-in?reset=1");
    actAs(browser);
    expect(await getCurrentUser()).toBeNull(); // every session ended
    expect((await signIn(email, "sunlit orchard ladder")).redirect).toBe("/results");
    actAs(new Browser());
    const again = await resetPasswordWithCodeAction(
      {},
      form({ email, code, newPassword: "another fresh phrase" }),
    );
    expect(again.message).toMatch(/already used/);
  });

  it("lets the operator issue a one-time code with npm run user:reset-password", async () => {
    const { email } = await signUp();
    const run = (who: string) =>
      spawnSync("node", ["scripts/user-reset-password.mjs", who], {
        encoding: "utf8",
        env: { ...process.env },
      });
    const issued = run(email.toUpperCase());
    expect(issued.status).toBe(0);
    const code = /\b([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\b/.exec(issued.stdout)?.[1];
    expect(code).toBeDefined();
    actAs(new Browser());
    const newPassword = "operator gave me a door";
    expect(
      await redirectOf(resetPasswordWithCodeAction({}, form({ email, code: code!, newPassword }))),
    ).toBe("/sign-in?reset=1");
    expect((await signIn(email, newPassword)).redirect).toBe("/results");
    const unknown = run(newEmail("nobody"));
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/No account uses/);
  });

  it("never offers to email a reset link when no email is configured", async () => {
    actAs(new Browser());
    const state = await requestPasswordResetAction({}, form({ email: newEmail() }));
    expect(state.message).toMatch(/cannot send email/);
  });
});

describe("deleting an account", () => {
  it("needs the password, then removes the account and every row that belonged to it", async () => {
    const { email, password, browser } = await signUp();
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const result = await db.result.create({
      data: {
        userId: user.id,
        instrumentId: "secure-base-attachment",
        instrumentVersion: 1,
        answers: "{}",
        scores: "{}",
      },
    });
    await db.note.create({ data: { userId: user.id, resultId: result.id, body: "private" } });

    actAs(browser);
    const wrong = await deleteAccountAction({}, form({ password: "not my password" }));
    expect(wrong.errors?.password?.[0]).toMatch(/not your password/);
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);

    actAs(browser);
    expect(await redirectOf(deleteAccountAction({}, form({ password })))).toBe("/goodbye");
    const where = { where: { userId: user.id } };
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
    expect(await db.account.count(where)).toBe(0);
    expect(await db.session.count(where)).toBe(0);
    expect(await db.result.count(where)).toBe(0);
    expect(await db.note.count(where)).toBe(0);
    expect(await db.recoveryCode.count(where)).toBe(0);
    expect((await signIn(email, password)).state?.message).toMatch(/don't match/);
  });
});
