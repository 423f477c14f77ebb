import "server-only";
import { getAuth } from "./auth";

/**
 * Sets a new password with better-auth's own hashing and signs the account out everywhere.
 * For recovery codes, where the person proved who they are without the old password.
 */
export async function setPasswordAndRevokeSessions(userId: string, newPassword: string) {
  const ctx = await getAuth().$context;
  const hash = await ctx.password.hash(newPassword);
  await ctx.internalAdapter.updatePassword(userId, hash);
  await ctx.internalAdapter.deleteUserSessions(userId);
}
