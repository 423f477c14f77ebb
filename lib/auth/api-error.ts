import { isAPIError } from "better-auth/api";

/** better-auth's error code (e.g. "INVALID_EMAIL_OR_PASSWORD"), or null for other errors. */
export function authErrorCode(error: unknown): string | null {
  if (!isAPIError(error)) return null;
  const code = (error.body as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : String(error.status);
}

/** better-auth's message, for errors whose message is ours (the password policy). */
export function authErrorMessage(error: unknown): string | null {
  if (!isAPIError(error)) return null;
  const message = (error.body as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : null;
}
