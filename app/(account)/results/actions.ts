"use server";

import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { attachmentV1 } from "@/lib/attachment";
import { formText, type FormState } from "@/lib/auth/form-state";
import { fieldErrors } from "@/lib/auth/schemas";
import { getCurrentUser } from "@/lib/dal/current-user";
import { RECORD_ID_PATTERN } from "@/lib/dal/limits";
import { deleteNote, NOTE_MAX_LENGTH, saveNote } from "@/lib/dal/notes";
import { deleteResult, getResult, saveKeyFor, saveResult } from "@/lib/dal/results";
import {
  clearDeviceSubmission,
  getDeviceSubmission,
  instrumentIdFrom,
  savePath,
} from "@/lib/dal/device-result";

const resultIdSchema = z.object({ resultId: z.string().regex(RECORD_ID_PATTERN) });
const noteSchema = resultIdSchema.extend({
  body: z
    .string()
    .transform((body) => body.replace(/\r\n?/g, "\n"))
    .pipe(
      z
        .string()
        .max(
          NOTE_MAX_LENGTH,
          `Notes can be up to ${NOTE_MAX_LENGTH.toLocaleString("en")} characters.`,
        )
        .refine(
          (body) => body.trim().length > 0,
          "Write something first, or delete the note instead.",
        ),
    ),
});

/**
 * Saves the finished questionnaire kept in this device's cookie: re-scores the answers on the
 * server, stores them once (a repeated submit returns the same result), clears the cookie and
 * opens the saved result.
 */
export async function saveResultAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const instrumentId = instrumentIdFrom(formData.get("instrumentId"));
  const user = await getCurrentUser();
  if (!user)
    redirect(
      `/sign-up?next=${instrumentId === attachmentV1.id ? "/results/save" : encodeURIComponent(savePath(instrumentId))}`,
    );
  const device = await getDeviceSubmission(instrumentId);
  if (!device) {
    return {
      message:
        "There is no finished result on this device to save. It may already be saved, or the answers have expired.",
    };
  }
  const saved = await saveResult({
    instrumentId: device.instrument.id,
    version: device.instrument.version,
    answers: device.answers,
    relationshipLabel: device.relationshipLabel,
    clientRequestId: saveKeyFor(
      user.id,
      `${device.code}|${device.relationshipLabel ?? ""}`,
      new Date(),
    ),
  });
  if (!saved.ok) return { message: saved.errors.join(" ") };
  await clearDeviceSubmission(instrumentId);
  revalidatePath("/results");
  redirect(`/results/${saved.id}?saved=1`);
}

/** Deletes one of the signed-in person's results (and its note). */
export async function deleteResultAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!(await getCurrentUser())) redirect("/sign-in");
  const parsed = resultIdSchema.safeParse({ resultId: formData.get("resultId") });
  if (!parsed.success || !(await deleteResult(parsed.data.resultId))) notFound();
  revalidatePath("/results");
  redirect("/results?deleted=1");
}

/** Creates or replaces the private note on a result. */
export async function saveNoteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!(await getCurrentUser())) redirect("/sign-in");
  const parsed = noteSchema.safeParse({
    resultId: formData.get("resultId"),
    body: formData.get("body"),
  });
  if (!parsed.success) {
    if (!resultIdSchema.safeParse({ resultId: formData.get("resultId") }).success) notFound();
    // The typed text goes back into the box, so nothing is lost when a note is refused.
    return {
      errors: fieldErrors(parsed.error),
      values: { body: formText(formData, "body", NOTE_MAX_LENGTH * 2) },
    };
  }
  if (!(await saveNote(parsed.data.resultId, parsed.data.body))) notFound();
  revalidatePath(`/results/${parsed.data.resultId}`);
  return { ok: true, message: "Note saved." };
}

/** Deletes the note on a result. */
export async function deleteNoteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!(await getCurrentUser())) redirect("/sign-in");
  const parsed = resultIdSchema.safeParse({ resultId: formData.get("resultId") });
  if (!parsed.success || !(await getResult(parsed.data.resultId))) notFound();
  await deleteNote(parsed.data.resultId);
  revalidatePath(`/results/${parsed.data.resultId}`);
  return { ok: true, message: "Note deleted." };
}
