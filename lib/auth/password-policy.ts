import { dictionary } from "@zxcvbn-ts/language-common";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-policy-limits";

// NIST SP 800-63B: a minimum length, long passphrases allowed, no composition rules, and a
// check against passwords known from breaches and common choices.
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

// About 49,000 of the most common passwords from public breach corpora (MIT, zxcvbn-ts).
const commonPasswords = new Set(dictionary["passwords-common"]);
const contextWords = ["securebase", "secure base", "secure-base"];

function isRepeatedOrSequential(value: string) {
  const chars = [...value];
  if (new Set(chars).size <= 2) return true;
  const steps = chars.slice(1).map((c, i) => c.codePointAt(0)! - chars[i]!.codePointAt(0)!);
  return steps.every((s) => s === 1) || steps.every((s) => s === -1);
}

/**
 * Why `password` is refused, in words fit to show the person, or null when it is acceptable.
 * `email` adds context-specific words (the address and its local part) to the refused list.
 */
export function passwordProblem(password: string, context: { email?: string } = {}): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Use at least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong passphrase that is easy to remember.`;
  }
  if (password.length > PASSWORD_MAX_LENGTH)
    return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const lowered = password.toLowerCase();
  const email = context.email?.trim().toLowerCase();
  const personal = email ? [email, email.split("@")[0] ?? ""] : [];
  if (
    commonPasswords.has(lowered) ||
    contextWords.includes(lowered) ||
    personal.includes(lowered) ||
    isRepeatedOrSequential(lowered)
  ) {
    return "This password is too common or too easy to guess: it is on lists that attackers try first. Try a few unrelated words instead.";
  }
  return null;
}
