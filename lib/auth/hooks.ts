import "server-only";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { passwordProblem } from "./password-policy";
import { clearThrottle, hitThrottle, peekThrottle, waitText } from "./throttle";

// better-auth runs these around every endpoint, whether called by our server actions
// (auth.api.*) or over HTTP at /api/auth/*, so the rules below cannot be bypassed either way.

// Every way a password can be set.
const passwordFields: Record<string, "password" | "newPassword"> = {
  "/sign-up/email": "password",
  "/change-password": "newPassword",
  "/reset-password": "newPassword",
  "/set-password": "newPassword",
};

const SIGN_IN = "/sign-in/email";

function bodyOf(ctx: { body?: unknown }) {
  return (ctx.body ?? {}) as Record<string, unknown>;
}

/** Refuses common and too-short passwords; refuses sign-in to an account with too many recent failures. */
export const beforeAuth = createAuthMiddleware(async (ctx) => {
  const body = bodyOf(ctx);
  if (ctx.path === SIGN_IN && typeof body.email === "string") {
    const decision = await peekThrottle("signInFailuresPerAccount", body.email);
    if (!decision.allowed) {
      throw new APIError("TOO_MANY_REQUESTS", {
        code: "TOO_MANY_ATTEMPTS",
        message: `Too many attempts. For your safety, please wait ${waitText(decision.retryAfterSeconds)} and try again.`,
      });
    }
  }
  const field = passwordFields[ctx.path];
  const password = field ? body[field] : undefined;
  if (typeof password !== "string") return;
  const email = typeof body.email === "string" ? body.email : ctx.context.session?.user.email;
  const problem = passwordProblem(password, { email });
  if (problem) throw new APIError("BAD_REQUEST", { message: problem, code: "PASSWORD_REFUSED" });
});

/** Counts wrong passwords per account (whatever address they come from); a success clears the count. */
export const afterAuth = createAuthMiddleware(async (ctx) => {
  const email = bodyOf(ctx).email;
  if (ctx.path !== SIGN_IN || typeof email !== "string") return;
  const returned = ctx.context.returned;
  if (!isAPIError(returned)) await clearThrottle("signInFailuresPerAccount", email);
  else if ((returned.body as { code?: string } | undefined)?.code === "INVALID_EMAIL_OR_PASSWORD") {
    await hitThrottle("signInFailuresPerAccount", email);
  }
});
