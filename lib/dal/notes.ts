import "server-only";
import { db } from "@/lib/db/client";
import { requireUser } from "./current-user";
import { isRecordId, storableText } from "./limits";

export { NOTE_MAX_LENGTH } from "./limits";

/**
 * Creates or replaces the note on one of the signed-in person's results.
 * Returns false when the result is not theirs (or does not exist).
 */
export async function saveNote(resultId: string, body: string): Promise<boolean> {
  const user = await requireUser();
  if (!isRecordId(resultId)) return false;
  const text = storableText(body);
  const result = await db.result.findFirst({
    where: { id: resultId, userId: user.id },
    select: { id: true },
  });
  if (!result) return false;
  await db.note.upsert({
    where: { resultId: result.id },
    create: { resultId: result.id, userId: user.id, body: text },
    update: { body: text },
  });
  return true;
}

/** Deletes the note on one of the signed-in person's results. False when there was none to delete. */
export async function deleteNote(resultId: string): Promise<boolean> {
  const user = await requireUser();
  if (!isRecordId(resultId)) return false;
  const { count } = await db.note.deleteMany({ where: { resultId, userId: user.id } });
  return count > 0;
}
