"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { issueRecoveryCodes, replaceRecoveryCodes, consumeRecoveryCode } from "@/lib/dal/account";
import { getCurrentUser } from "@/lib/dal/current-user";
import { authErrorCode, authErrorMessage } from "./api-error";
import { getAuth } from "./auth";
import { clientAddress } from "./client-address";
import { formText, type FormState, type SignUpState } from "./form-state";
import { emailEnabled } from "./mail";
import { safeNext } from "./next-param";
import { passwordProblem } from "./password-policy";
import {
  changePasswordSchema,
  deleteAccountSchema,
  fieldErrors,
  requestResetSchema,
  resetWithCodeSchema,
  resetWithTokenSchema,
  signInSchema,
  signUpSchema,
} from "./schemas";
import { setPasswordAndRevokeSessions } from "./set-password";
import { clearThrottle, hitThrottle, waitText, type ThrottleName } from "./throttle";

const SIGNED_OUT: FormState = { message: "Your session has ended. Please sign in again." };

async function throttled(name: ThrottleName, subject: string): Promise<string | null> {
  const decision = await hitThrottle(name, subject);
  if (decision.allowed) return null;
  return `Too many attempts. For your safety, please wait ${waitText(decision.retryAfterSeconds)} and try again.`;
}

async function requestAddress() {
  return clientAddress(await headers());
}

/** Signs in with email and password, then goes to the safe `next` path (default /results). */
export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { email: formText(formData, "email") };
  const parsed = signInSchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
  });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const { email, password } = parsed.data;
  // Per account, wrong passwords are limited in lib/auth/hooks.ts (for HTTP sign-ins too).
  const limited = await throttled("signInPerAddress", await requestAddress());
  if (limited) return { message: limited, values };
  try {
    await getAuth().api.signInEmail({ body: { email, password }, headers: await headers() });
  } catch (error) {
    const code = authErrorCode(error);
    if (code === "TOO_MANY_ATTEMPTS")
      return { message: authErrorMessage(error) ?? "Too many attempts.", values };
    if (code !== "INVALID_EMAIL_OR_PASSWORD") throw error;
    return {
      message: "That email and password don't match an account. Check both and try again.",
      values,
    };
  }
  redirect(safeNext(formData.get("next")));
}

/** Creates an account, signs it in, and returns one-time recovery codes to show once. */
export async function signUpAction(_prev: SignUpState, formData: FormData): Promise<SignUpState> {
  const values = { email: formText(formData, "email") };
  const parsed = signUpSchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
  });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const { email, password } = parsed.data;
  const problem = passwordProblem(password, { email });
  if (problem) return { errors: { password: [problem] }, values };
  const limited =
    (await throttled("signUpPerAccount", email)) ??
    (await throttled("signUpPerAddress", await requestAddress()));
  if (limited) return { message: limited, values };
  let userId: string;
  try {
    const created = await getAuth().api.signUpEmail({
      body: { email, password, name: "", callbackURL: "/account?verified=1" },
      headers: await headers(),
    });
    userId = created.user.id;
  } catch (error) {
    const code = authErrorCode(error);
    if (code?.startsWith("USER_ALREADY_EXISTS")) {
      return {
        errors: {
          email: [
            "An account with this email already exists. Sign in instead, or reset your password.",
          ],
        },
        values,
      };
    }
    if (code === "PASSWORD_REFUSED")
      return {
        errors: { password: [authErrorMessage(error) ?? "Choose another password."] },
        values,
      };
    throw error;
  }
  const recoveryCodes = await issueRecoveryCodes(userId);
  return { recoveryCodes, next: safeNext(formData.get("next")) };
}

/** Ends this device's session. */
export async function signOutAction() {
  await getAuth().api.signOut({ headers: await headers() });
  redirect("/sign-in?signedOut=1");
}

/** Ends every session of this account, this device's included. */
export async function signOutEverywhereAction() {
  const requestHeaders = await headers();
  if (await getCurrentUser()) await getAuth().api.revokeSessions({ headers: requestHeaders });
  await getAuth().api.signOut({ headers: requestHeaders });
  redirect("/sign-in?signedOut=everywhere");
}

/** Changes the password after checking the current one; may sign out other devices. */
export async function changePasswordAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = changePasswordSchema.safeParse({
    currentPassword: formData.get("currentPassword"),
    newPassword: formData.get("newPassword"),
    signOutOthers: formData.get("signOutOthers") ?? undefined,
  });
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  const { currentPassword, newPassword, signOutOthers } = parsed.data;
  const problem = passwordProblem(newPassword, { email: user.email });
  if (problem) return { errors: { newPassword: [problem] } };
  const limited = await throttled("passwordChecksPerUser", user.id);
  if (limited) return { message: limited };
  try {
    await getAuth().api.changePassword({
      body: { currentPassword, newPassword, revokeOtherSessions: signOutOthers === "on" },
      headers: await headers(),
    });
  } catch (error) {
    if (authErrorCode(error) === "INVALID_PASSWORD")
      return { errors: { currentPassword: ["That is not your current password."] } };
    throw error;
  }
  return {
    ok: true,
    message: signOutOthers
      ? "Your password is changed, and your other devices are signed out."
      : "Your password is changed.",
  };
}

/** Deletes the account and everything in it, after the password confirms it. */
export async function deleteAccountAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = deleteAccountSchema.safeParse({ password: formData.get("password") });
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  const limited = await throttled("passwordChecksPerUser", user.id);
  if (limited) return { message: limited };
  try {
    await getAuth().api.deleteUser({
      body: { password: parsed.data.password },
      headers: await headers(),
    });
  } catch (error) {
    if (authErrorCode(error) === "INVALID_PASSWORD")
      return { errors: { password: ["That is not your password."] } };
    throw error;
  }
  redirect("/goodbye");
}

/** Emails a reset link when SMTP is configured; says the same whether or not the address has an account. */
export async function requestPasswordResetAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  if (!emailEnabled) return { message: "This site cannot send email. Use a recovery code below." };
  const parsed = requestResetSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success)
    return {
      errors: fieldErrors(parsed.error),
      values: { email: formText(formData, "email") },
    };
  const limited =
    (await throttled("recoveryPerAccount", parsed.data.email)) ??
    (await throttled("recoveryPerAddress", await requestAddress()));
  if (limited) return { message: limited };
  await getAuth().api.requestPasswordReset({
    body: { email: parsed.data.email, redirectTo: "/reset-password" },
  });
  return {
    ok: true,
    message: `If an account uses ${parsed.data.email}, we've sent it a link to choose a new password. It works for one hour. Check your spam folder if it doesn't arrive in a few minutes.`,
  };
}

/** Sets a new password with the token from a reset email. */
export async function resetPasswordWithTokenAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = resetWithTokenSchema.safeParse({
    token: formData.get("token"),
    newPassword: formData.get("newPassword"),
  });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    // The token is a hidden field: say what is wrong above the form.
    return errors.token ? { message: errors.token[0] } : { errors };
  }
  const problem = passwordProblem(parsed.data.newPassword);
  if (problem) return { errors: { newPassword: [problem] } };
  try {
    await getAuth().api.resetPassword({ body: parsed.data });
  } catch (error) {
    if (authErrorCode(error) === "INVALID_TOKEN") {
      return {
        message:
          "This reset link has expired or was already used. Ask for a new one on the forgot-password page.",
      };
    }
    if (authErrorCode(error) === "PASSWORD_REFUSED")
      return { errors: { newPassword: [authErrorMessage(error) ?? "Choose another password."] } };
    throw error;
  }
  redirect("/sign-in?reset=1");
}

/** Sets a new password with a one-time recovery code (or one issued by the operator). */
export async function resetPasswordWithCodeAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = { email: formText(formData, "email") };
  const parsed = resetWithCodeSchema.safeParse({
    email: formData.get("email"),
    code: formData.get("code"),
    newPassword: formData.get("newPassword"),
  });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const { email, code, newPassword } = parsed.data;
  const problem = passwordProblem(newPassword, { email });
  if (problem) return { errors: { newPassword: [problem] }, values };
  const limited =
    (await throttled("recoveryPerAccount", email)) ??
    (await throttled("recoveryPerAddress", await requestAddress()));
  if (limited) return { message: limited, values };
  const userId = await consumeRecoveryCode(email, code);
  if (!userId)
    return {
      message: "That email and recovery code don't match, or the code was already used.",
      values,
    };
  await setPasswordAndRevokeSessions(userId, newPassword);
  await clearThrottle("signInFailuresPerAccount", email);
  redirect("/sign-in?reset=1");
}

/** Replaces the recovery codes and returns the new ones to show once. */
export async function replaceRecoveryCodesAction(_prev: SignUpState): Promise<SignUpState> {
  if (!(await getCurrentUser())) return SIGNED_OUT;
  return { recoveryCodes: await replaceRecoveryCodes() };
}

/** Sends the verification email again (only offered when SMTP is configured). */
export async function resendVerificationAction(_prev: FormState): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  if (!emailEnabled || user.emailVerified) return {};
  const limited = await throttled("recoveryPerAccount", user.email);
  if (limited) return { message: limited };
  await getAuth().api.sendVerificationEmail({
    body: { email: user.email, callbackURL: "/account?verified=1" },
  });
  return { ok: true, message: `We've sent a new confirmation link to ${user.email}.` };
}
