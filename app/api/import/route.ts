import { env } from "@/lib/env";
import { getCurrentUser } from "@/lib/dal/current-user";
import { importResults } from "@/lib/dal/import";

const MAX_BYTES = 5 * 1024 * 1024;

function back(query: Record<string, string>) {
  const url = new URL("/account", env.SITE_URL);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return new Response(null, { status: 303, headers: { Location: `${url.pathname}${url.search}` } });
}

/** Imports a JSON export from the account page's form (works without JavaScript). */
export async function POST(request: Request) {
  // Session cookies are SameSite=Lax, so a cross-site form post arrives signed out; the origin
  // check is a second line of defence.
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(env.SITE_URL).origin)
    return new Response("Forbidden", { status: 403 });
  if (!(await getCurrentUser())) return new Response("Sign in first.", { status: 401 });
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BYTES) return back({ importError: "too-large" });
  let json: unknown;
  try {
    const file = (await request.formData()).get("file");
    if (!(file instanceof File) || file.size === 0) return back({ importError: "no-file" });
    if (file.size > MAX_BYTES) return back({ importError: "too-large" });
    json = JSON.parse(await file.text());
  } catch {
    return back({ importError: "not-json" });
  }
  const outcome = await importResults(json);
  if (!outcome.ok) return back({ importError: "invalid" });
  return back({ imported: String(outcome.added), skipped: String(outcome.skipped) });
}
