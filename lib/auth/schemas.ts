import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-policy-limits";

// One schema per form, shared by the form (limits) and its action (validation).

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter an email address, like name@example.com."));

const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

// Existing passwords are only length-capped: a policy change must not lock anyone out.
const currentPassword = z.string().min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH);

export const signInSchema = z.object({ email, password: currentPassword });
export const signUpSchema = z.object({ email, password: newPassword });
export const changePasswordSchema = z.object({
  currentPassword,
  newPassword,
  signOutOthers: z.literal("on").optional(),
});
export const deleteAccountSchema = z.object({ password: currentPassword });
export const requestResetSchema = z.object({ email });
// Reset links carry letters, digits, - and _; anything else (a NUL, which PostgreSQL refuses in a
// query) is a broken link, refused before better-auth looks it up.
export const resetWithTokenSchema = z.object({
  token: z.string().regex(/^[\w-]{1,512}$/, "This reset link is not complete. Ask for a new one."),
  newPassword,
});
export const resetWithCodeSchema = z.object({
  email,
  code: z.string().trim().min(1, "Enter one of your recovery codes.").max(64),
  newPassword,
});

/** Field errors from a failed parse, in the shape forms expect. */
export function fieldErrors(error: z.ZodError) {
  return z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;
}
