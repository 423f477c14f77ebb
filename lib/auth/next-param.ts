/** Where people land after signing in when no (safe) `next` is given. */
export const DEFAULT_AFTER_SIGN_IN = "/results";

/**
 * A same-site relative path from an untrusted `next` parameter, or the default.
 * Refuses absolute URLs, protocol-relative `//host` and `/\host` forms, and control characters,
 * so a link can never send someone to another site after signing in.
 */
export function safeNext(raw: unknown, fallback = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof raw !== "string" || raw.length > 512) return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(raw))
    return fallback;
  const base = "http://same-site.invalid";
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `path` with `next` attached, e.g. withNext("/sign-in", "/results/save"). */
export function withNext(path: string, next: string | undefined) {
  const safe = next ? safeNext(next, "") : "";
  return safe && safe !== DEFAULT_AFTER_SIGN_IN ? `${path}?next=${encodeURIComponent(safe)}` : path;
}
