"use client";

import { useActionState } from "react";
import { saveResultAction } from "@/app/(account)/results/actions";
import type { FormState } from "@/lib/auth/form-state";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

export function SaveResultForm({ instrumentId }: { instrumentId: string }) {
  const [state, action] = useActionState<FormState, FormData>(saveResultAction, {});
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage message={state.message} />
      <input type="hidden" name="instrumentId" value={instrumentId} />
      <div>
        <SubmitButton pendingLabel="Saving…">Save to my account</SubmitButton>
      </div>
    </form>
  );
}
