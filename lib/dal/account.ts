import "server-only";
import { db } from "@/lib/db/client";
import { generateRecoveryCode, hashRecoveryCode } from "@/lib/auth/recovery-code.mjs";
import { requireUser } from "./current-user";

export const RECOVERY_CODE_COUNT = 8;

/** What the account page shows about the signed-in person. */
export async function getAccountSummary() {
  const user = await requireUser();
  const [row, resultCount, unusedRecoveryCodes] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { email: true, emailVerified: true, createdAt: true },
    }),
    db.result.count({ where: { userId: user.id } }),
    db.recoveryCode.count({ where: { userId: user.id, usedAt: null } }),
  ]);
  return { ...row, resultCount, unusedRecoveryCodes };
}

/**
 * Replaces the signed-in person's recovery codes with new ones and returns them in plain text,
 * the only time they exist outside the person's own records; only their hashes are stored.
 */
export async function replaceRecoveryCodes(): Promise<string[]> {
  const user = await requireUser();
  return issueRecoveryCodes(user.id);
}

/** For the sign-up action, right after better-auth created the account. */
export async function issueRecoveryCodes(
  userId: string,
  count = RECOVERY_CODE_COUNT,
): Promise<string[]> {
  const codes = Array.from({ length: count }, generateRecoveryCode);
  await db.$transaction([
    db.recoveryCode.deleteMany({ where: { userId } }),
    db.recoveryCode.createMany({
      data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })),
    }),
  ]);
  return codes;
}

/**
 * Marks one unused recovery code of the account with this email as used and returns the
 * account's id, or null when the email or code does not match. The conditional update means
 * a code works once even when two requests race.
 */
export async function consumeRecoveryCode(email: string, code: string): Promise<string | null> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true },
  });
  if (!user) return null;
  const { count } = await db.recoveryCode.updateMany({
    where: { userId: user.id, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1 ? user.id : null;
}
