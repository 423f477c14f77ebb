import "server-only";
import { cookies } from "next/headers";
import { siteUrl } from "@/lib/site/url";
import { decodeAnswers, decodePartial, draftCookie, resultCookie } from "./answer-code";
import { labelCookie, relationshipLabelSchema } from "./label";

// The answers stay on the person's device: an HttpOnly cookie scripts cannot read, kept for
// a week so a result can still be saved after signing up. Nothing is written server-side.
export const answerCookieOptions = {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  secure: siteUrl.protocol === "https:",
  maxAge: 60 * 60 * 24 * 7,
} as const;

/** The finished answers kept on this device for an instrument, validated, or null. */
export async function getDeviceResult(instrumentId: string) {
  const decoded = decodeAnswers((await cookies()).get(resultCookie(instrumentId))?.value);
  return decoded?.instrument.id === instrumentId ? decoded : null;
}

/** Answers kept after a form post that needed correcting (no-JavaScript path). */
export async function getDeviceDraft(instrumentId: string) {
  const decoded = decodePartial((await cookies()).get(draftCookie(instrumentId))?.value);
  return decoded?.instrument.id === instrumentId ? decoded : null;
}

/** The relationship label kept with a check-in on this device, validated, or "". */
export async function getDeviceLabel(instrumentId: string) {
  const raw = (await cookies()).get(labelCookie(instrumentId))?.value ?? "";
  let text = "";
  try {
    text = decodeURIComponent(raw);
  } catch {
    return "";
  }
  const parsed = relationshipLabelSchema.safeParse(text);
  return parsed.success ? parsed.data : "";
}
