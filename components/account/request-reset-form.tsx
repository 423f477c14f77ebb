"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { requestPasswordResetAction } from "@/lib/auth/actions";
import type { FormState } from "@/lib/auth/form-state";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

/** Only rendered when the site can send email. */
export function RequestResetForm() {
  const [state, action] = useActionState<FormState, FormData>(requestPasswordResetAction, {});
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <Field
        label="Email"
        name="email"
        id="reset-email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.errors?.email}
      />
      <div>
        <SubmitButton pendingLabel="Sending…">Email me a reset link</SubmitButton>
      </div>
    </form>
  );
}
