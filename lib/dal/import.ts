import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { requireUser } from "./current-user";
import { NOTE_MAX_LENGTH } from "./notes";
import { RELATIONSHIP_LABEL_MAX, saveResult } from "./results";
import { storableText } from "./limits";
import { scoreForStorage } from "./scoring";

export const IMPORT_MAX_RESULTS = 5000;

// Only what is needed to rebuild a result: scores and placement are recomputed from the answers.
const importSchema = z.object({
  schemaVersion: z.literal(1),
  results: z
    .array(
      z.object({
        instrumentId: z.string().min(1).max(100),
        instrumentVersion: z.number().int().positive(),
        createdAt: z.iso.datetime({ offset: true }),
        // Passed through untouched: z.record would silently drop a "__proto__" key that
        // validateSubmission refuses, so a file the save route would refuse could import.
        answers: z.custom<Record<string, unknown>>(
          (value) => typeof value === "object" && value !== null && !Array.isArray(value),
        ),
        relationshipLabel: z.string().max(RELATIONSHIP_LABEL_MAX).nullish(),
        note: z.object({ body: z.string().max(NOTE_MAX_LENGTH) }).nullish(),
      }),
    )
    .max(IMPORT_MAX_RESULTS),
});

export type ImportOutcome =
  { ok: true; added: number; skipped: number } | { ok: false; errors: string[] };

/**
 * Adds the results of an earlier JSON export to the signed-in person's account. Importing the
 * same file twice adds nothing the second time. Results that no longer validate are refused.
 */
export async function importResults(json: unknown, now = new Date()): Promise<ImportOutcome> {
  const user = await requireUser();
  const parsed = importSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, errors: ["This file is not a Secure Base export (schemaVersion 1)."] };
  }
  // Check every result before saving any, so a bad file imports nothing.
  for (const [index, item] of parsed.data.results.entries()) {
    if (new Date(item.createdAt) > now)
      return { ok: false, errors: [`Result ${index + 1} is dated in the future.`] };
    const scored = scoreForStorage({
      instrumentId: item.instrumentId,
      version: item.instrumentVersion,
      answers: item.answers,
    });
    if (!scored.ok)
      return { ok: false, errors: [`Result ${index + 1}: ${scored.errors.join(" ")}`] };
  }
  let added = 0;
  let skipped = 0;
  for (const item of parsed.data.results) {
    const createdAt = new Date(item.createdAt);
    const key = createHash("sha256")
      .update(
        JSON.stringify([
          item.instrumentId,
          item.instrumentVersion,
          createdAt.toISOString(),
          item.answers,
        ]),
      )
      .digest("hex")
      .slice(0, 48);
    const saved = await saveResult({
      instrumentId: item.instrumentId,
      version: item.instrumentVersion,
      answers: item.answers,
      relationshipLabel: item.relationshipLabel ?? null,
      clientRequestId: `import:${key}`,
      createdAt,
    });
    if (!saved.ok) return { ok: false, errors: saved.errors };
    if (!saved.created) {
      skipped += 1;
      continue;
    }
    added += 1;
    if (item.note?.body) {
      await db.note.create({
        data: { resultId: saved.id, userId: user.id, body: storableText(item.note.body) },
      });
    }
  }
  return { ok: true, added, skipped };
}
