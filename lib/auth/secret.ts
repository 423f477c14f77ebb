import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

/** Where a generated secret is kept when BETTER_AUTH_SECRET is not set (data/ is git-ignored). */
export const SECRET_FILE = path.join(process.cwd(), "data", "auth-secret");

function isMissing(error: unknown) {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}

/**
 * Reads the secret in `file`, or creates it (32 random bytes, owner-only) on first use.
 * Creation uses an exclusive open, so two processes starting at once agree on one secret.
 */
export function readOrCreateSecret(file: string): string {
  try {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length < 32)
      throw new Error(
        `${file} holds fewer than 32 characters; delete it or set BETTER_AUTH_SECRET.`,
      );
    return stored;
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString("base64url");
  try {
    writeFileSync(file, `${secret}\n`, { flag: "wx", mode: 0o600 });
    return secret;
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "EEXIST")
      return readOrCreateSecret(file);
    throw error;
  }
}

/**
 * The key that signs session cookies: BETTER_AUTH_SECRET when set (required when several
 * instances share a database), else one generated and kept in data/auth-secret so that
 * `npm start` works with no setup and restarts keep people signed in.
 */
export function getAuthSecret(): string {
  return env.BETTER_AUTH_SECRET ?? readOrCreateSecret(SECRET_FILE);
}
