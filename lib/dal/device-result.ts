import "server-only";
import { cookies } from "next/headers";
import { attachmentV1, instruments } from "@/lib/attachment";
import { resultCookie } from "@/lib/reflect/answer-code";
import { getDeviceResult } from "@/lib/reflect/cookies";
import { labelCookie, relationshipLabelSchema } from "@/lib/reflect/label";

const knownIds = new Set(instruments.map((i) => i.id));

/** A known instrument id from an untrusted query or form value, else the attachment questionnaire. */
export function instrumentIdFrom(raw: unknown): string {
  return typeof raw === "string" && knownIds.has(raw) ? raw : attachmentV1.id;
}

/** Where saving a device result continues after signing up or in. */
export function savePath(instrumentId: string) {
  return instrumentId === attachmentV1.id
    ? "/results/save"
    : `/results/save?instrument=${encodeURIComponent(instrumentId)}`;
}

/**
 * The finished questionnaire kept on this device (answers cookie, plus the relationship label
 * for check-ins), validated; null when there is none. `code` is the raw cookie value.
 */
export async function getDeviceSubmission(instrumentId: string) {
  const device = await getDeviceResult(instrumentId);
  if (!device) return null;
  const store = await cookies();
  const code = store.get(resultCookie(instrumentId))?.value ?? "";
  const label = relationshipLabelSchema.safeParse(
    store.get(labelCookie(instrumentId))?.value ?? "",
  );
  return { ...device, code, relationshipLabel: label.success && label.data ? label.data : null };
}

/** Clears the device copy once it is saved. */
export async function clearDeviceSubmission(instrumentId: string) {
  const store = await cookies();
  store.delete(resultCookie(instrumentId));
  store.delete(labelCookie(instrumentId));
}
