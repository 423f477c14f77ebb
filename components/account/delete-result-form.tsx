"use client";

import { useActionState } from "react";
import { deleteResultAction } from "@/app/(account)/results/actions";
import type { FormState } from "@/lib/auth/form-state";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

/** Deleting takes two steps: open the disclosure, then confirm. */
export function DeleteResultForm({ resultId }: { resultId: string }) {
  const [state, action] = useActionState<FormState, FormData>(deleteResultAction, {});
  return (
    <details className="rounded-card border border-line bg-surface px-5 py-3">
      <summary className="min-h-11 cursor-pointer py-2 font-semibold">Delete this result</summary>
      <form action={action} className="flex flex-col gap-3 pb-2">
        <FormMessage message={state.message} />
        <p>This removes the result and its note for good. It cannot be undone.</p>
        <input type="hidden" name="resultId" value={resultId} />
        <div>
          <SubmitButton variant="danger" pendingLabel="Deleting…">
            Yes, delete this result
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}
