import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type * as Actions from "@/lib/auth/actions";
import type { getAuth as GetAuth } from "@/lib/auth/auth";
import type { db as Db } from "@/lib/db/client";
import type * as Accounts from "./support/accounts";
import type * as Errors from "./support/next-errors";
import type * as Request_ from "./support/next-request";

vi.mock("next/headers", () => import("./support/next-request"));
vi.mock("next/headers.js", () => import("./support/next-request"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

// A local SMTP sink started by this file: the app is configured with SMTP_URL pointing at it
// before any app module loads, as an operator would configure it.
const inbox: ParsedMail[] = [];
const sink = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => inbox.push(mail))
      .then(() => callback(), callback);
  },
});

async function mailTo(address: string, subject: RegExp, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = inbox.find(
      (m) => m.subject && subject.test(m.subject) && JSON.stringify(m.to).includes(address),
    );
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(
        `No email "${subject}" to ${address}; inbox: ${inbox.map((m) => m.subject).join(", ")}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function linkIn(mail: ParsedMail) {
  const url = /https?:\/\/\S+/.exec(mail.text ?? "")?.[0];
  if (!url) throw new Error(`No link in: ${mail.text}`);
  return url;
}

// Loaded after SMTP_URL is set (see beforeAll), so the app reads the configuration it would in production.
let app: {
  actions: typeof Actions;
  accounts: typeof Accounts;
  errors: typeof Errors;
  request: typeof Request_;
  getAuth: typeof GetAuth;
  db: typeof Db;
};

beforeAll(async () => {
  await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
  const { port } = sink.server.address() as AddressInfo;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.SMTP_FROM = "Secure Base <no-reply@example.test>";
  vi.resetModules();
  delete (globalThis as { secureBaseAuth?: unknown }).secureBaseAuth;
  app = {
    actions: await import("@/lib/auth/actions"),
    accounts: await import("./support/accounts"),
    errors: await import("./support/next-errors"),
    request: await import("./support/next-request"),
    getAuth: (await import("@/lib/auth/auth")).getAuth,
    db: (await import("@/lib/db/client")).db,
  };
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.SMTP_FROM;
  delete (globalThis as { secureBaseAuth?: unknown }).secureBaseAuth;
  await new Promise<void>((resolve) => sink.close(() => resolve()));
});

describe("with SMTP configured", () => {
  it("sends a verification email at sign-up whose link confirms the address", async () => {
    const { email } = await app.accounts.signUp();
    const mail = await mailTo(email, /Confirm your email/);
    expect(mail.from?.text).toContain("no-reply@example.test");
    const response = await app.getAuth().handler(new Request(linkIn(mail)));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toContain("/account?verified=1");
    expect((await app.db.user.findUniqueOrThrow({ where: { email } })).emailVerified).toBe(true);
  });

  it("emails a reset link that sets a new password once", async () => {
    const { email, password } = await app.accounts.signUp();
    const { actAs, Browser } = app.request;
    actAs(new Browser());
    const requested = await app.actions.requestPasswordResetAction(
      {},
      app.accounts.form({ email }),
    );
    expect(requested.message).toMatch(/we've sent it a link/);

    const mail = await mailTo(email, /Reset your Secure Base password/);
    const link = await app.getAuth().handler(new Request(linkIn(mail)));
    const landing = new URL(link.headers.get("location") ?? "", "http://localhost:3000");
    expect(landing.pathname).toBe("/reset-password");
    const token = landing.searchParams.get("token");
    expect(token).toBeTruthy();

    const newPassword = "lighthouse keeper at dawn";
    const fields = app.accounts.form({ token: token!, newPassword });
    expect(await app.errors.redirectOf(app.actions.resetPasswordWithTokenAction({}, fields))).toBe(
      "/sign-in?reset=1",
    );
    const again = await app.actions.resetPasswordWithTokenAction(
      {},
      app.accounts.form({ token: token!, newPassword: "yet another phrase here" }),
    );
    expect(again.message).toMatch(/expired or was already used/);

    actAs(new Browser());
    expect(
      await app.errors.redirectOf(
        app.actions.signInAction({}, app.accounts.form({ email, password: newPassword })),
      ),
    ).toBe("/results");
    const old = await app.actions.signInAction({}, app.accounts.form({ email, password }));
    expect(old.message).toMatch(/don't match/);
  });

  it("answers the same for an address with no account, and sends nothing", async () => {
    const { actAs, Browser } = app.request;
    actAs(new Browser());
    const email = app.accounts.newEmail("stranger");
    const state = await app.actions.requestPasswordResetAction({}, app.accounts.form({ email }));
    expect(state.message).toMatch(/If an account uses/);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(inbox.some((m) => JSON.stringify(m.to).includes(email))).toBe(false);
  });
});
