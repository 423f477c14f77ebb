"use client";

import { useActionState } from "react";
import { resendVerificationAction } from "@/lib/auth/actions";
import type { FormState } from "@/lib/auth/form-state";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

export function ResendVerificationForm() {
  const [state, action] = useActionState<FormState>(resendVerificationAction, {});
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <div>
        <SubmitButton variant="secondary" pendingLabel="Sending…">
          Send the confirmation email again
        </SubmitButton>
      </div>
    </form>
  );
}
