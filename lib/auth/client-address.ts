/**
 * The client address for rate limiting. Next.js sets x-forwarded-for to the socket address
 * when no proxy did; behind a proxy the last entry is the one that proxy saw. Best effort:
 * the per-account limit does not depend on it.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers
    .get("x-forwarded-for")
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded?.at(-1) ?? headers.get("x-real-ip") ?? "unknown";
}
