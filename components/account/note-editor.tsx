"use client";

import { useActionState, useId } from "react";
import { deleteNoteAction, saveNoteAction } from "@/app/(account)/results/actions";
import type { FormState } from "@/lib/auth/form-state";
import { NOTE_MAX_LENGTH } from "@/lib/dal/limits";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

/** Add, edit or delete the private note on a result. Works without JavaScript. */
export function NoteEditor({ resultId, body }: { resultId: string; body: string | null }) {
  const [saveState, save] = useActionState<FormState, FormData>(saveNoteAction, {});
  const [deleteState, remove] = useActionState<FormState, FormData>(deleteNoteAction, {});
  const id = useId();
  const errors = saveState.errors?.body;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const state = deleteState.message && !saveState.message ? deleteState : saveState;
  return (
    <div className="flex flex-col gap-4">
      <FormMessage
        message={state.errors ? undefined : state.message}
        tone={state.ok ? "success" : "error"}
      />
      <form action={save} className="flex flex-col gap-3">
        <input type="hidden" name="resultId" value={resultId} />
        <label htmlFor={`${id}-body`} className="font-semibold">
          {body ? "Edit your note" : "Add a private note"}
        </label>
        <p id={`${id}-help`} className="text-base text-muted">
          Only you can read it. Up to {NOTE_MAX_LENGTH.toLocaleString("en")} characters.
        </p>
        <textarea
          id={`${id}-body`}
          name="body"
          key={body ?? ""}
          defaultValue={saveState.values?.body ?? body ?? ""}
          rows={6}
          maxLength={NOTE_MAX_LENGTH}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={[`${id}-help`, errorId].filter(Boolean).join(" ")}
          className="rounded-lg border border-line bg-surface px-3 py-2 text-ink aria-invalid:border-danger"
        />
        {errorId && (
          <p id={errorId} className="font-medium text-danger">
            {errors?.join(" ")}
          </p>
        )}
        <div>
          <SubmitButton pendingLabel="Saving…">Save note</SubmitButton>
        </div>
      </form>
      {body && (
        <form action={remove}>
          <input type="hidden" name="resultId" value={resultId} />
          <SubmitButton variant="secondary" pendingLabel="Deleting…">
            Delete note
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
