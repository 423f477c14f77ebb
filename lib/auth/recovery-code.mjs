// Recovery codes: shared by the app (TypeScript) and `npm run user:reset-password` (plain Node),
// so both hash a code the same way. Only the hash is stored.
import { createHash, randomInt } from "node:crypto";

// Crockford-style alphabet: no I, L, O or U, so codes read aloud or copied by hand stay unambiguous.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A new code, e.g. "7KQ2-M9XD-3T4F" (60 random bits). */
export function generateRecoveryCode() {
  let raw = "";
  for (let i = 0; i < 12; i++) raw += ALPHABET[randomInt(ALPHABET.length)];
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}

/** Upper case, dashes and spaces removed, easily confused letters mapped as Crockford does. */
export function normalizeRecoveryCode(code) {
  return String(code).toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
}

/** SHA-256 of the normalized code; codes carry 60 random bits, so a fast hash is enough. */
export function hashRecoveryCode(code) {
  return createHash("sha256")
    .update(`secure-base-recovery:${normalizeRecoveryCode(code)}`)
    .digest("hex");
}
