import "server-only";

/** Headers for a private file download that no cache may keep. */
export function downloadHeaders(contentType: string, extension: string, now = new Date()) {
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="secure-base-export-${now.toISOString().slice(0, 10)}.${extension}"`,
    "Cache-Control": "private, no-store",
  };
}

export const signedOut = () =>
  new Response("Sign in to download your data.\n", {
    status: 401,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
