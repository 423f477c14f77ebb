import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db/client";
import { databaseProvider, env } from "@/lib/env";
import { emailEnabled, sendEmailInBackground } from "./mail";
import { afterAuth, beforeAuth } from "./hooks";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-policy";
import { getAuthSecret } from "./secret";
import { throttleRules } from "./throttle";

function createAuth() {
  return betterAuth({
    appName: "Secure Base",
    baseURL: env.SITE_URL,
    trustedOrigins: [env.SITE_URL],
    secret: getAuthSecret(),
    database: prismaAdapter(db, { provider: databaseProvider }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      autoSignIn: true,
      revokeSessionsOnPasswordReset: true,
      // Without SMTP there is no reset email: better-auth then refuses reset requests outright.
      sendResetPassword: emailEnabled
        ? ({ user, url }) => {
            sendEmailInBackground({
              to: user.email,
              subject: "Reset your Secure Base password",
              text: `Someone (hopefully you) asked to reset the password for your Secure Base account.\n\nChoose a new password here within the next hour:\n${url}\n\nIf this wasn't you, you can ignore this email: your password stays the same.`,
            });
            return Promise.resolve();
          }
        : undefined,
    },
    emailVerification: emailEnabled
      ? {
          sendOnSignUp: true,
          autoSignInAfterVerification: true,
          sendVerificationEmail: ({ user, url }) => {
            sendEmailInBackground({
              to: user.email,
              subject: "Confirm your email for Secure Base",
              text: `Please confirm that this address belongs to your Secure Base account:\n${url}\n\nIf you did not create an account, you can ignore this email.`,
            });
            return Promise.resolve();
          },
        }
      : undefined,
    user: { deleteUser: { enabled: true } },
    // Data minimisation: sessions do not keep the address or browser they came from. Rate limits
    // read the address from the request itself, so they are unaffected.
    databaseHooks: {
      session: {
        create: {
          before: (session) =>
            Promise.resolve({ data: { ...session, ipAddress: null, userAgent: null } }),
        },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    // Applies to /api/auth/* requests; the server actions use lib/auth/throttle.ts as well.
    rateLimit: {
      enabled: true,
      storage: "database",
      modelName: "rateLimit",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": throttleRules.signInPerAddress,
        "/sign-up/email": throttleRules.signUpPerAddress,
        "/request-password-reset": { window: 60 * 60, max: 5 },
        "/reset-password": { window: 15 * 60, max: 10 },
        "/change-password": { window: 15 * 60, max: 10 },
        "/delete-user": { window: 15 * 60, max: 10 },
      },
    },
    advanced: {
      // HttpOnly and SameSite=Lax are better-auth's defaults; Secure (and the __Secure- prefix) in production.
      useSecureCookies: env.NODE_ENV === "production",
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    hooks: { before: beforeAuth, after: afterAuth },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

// Created on first use rather than at import, so `next build` never reads or writes the secret.
const globalForAuth = globalThis as unknown as { secureBaseAuth?: Auth };

/** The one better-auth instance. */
export function getAuth(): Auth {
  globalForAuth.secureBaseAuth ??= createAuth();
  return globalForAuth.secureBaseAuth;
}
