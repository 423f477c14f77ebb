"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { resetPasswordWithCodeAction } from "@/lib/auth/actions";
import type { FormState } from "@/lib/auth/form-state";
import { FormMessage } from "./form-message";
import { PasswordField } from "./password-field";
import { SubmitButton } from "./submit-button";

export function ResetWithCodeForm() {
  const [state, action] = useActionState<FormState, FormData>(resetPasswordWithCodeAction, {});
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage message={state.message} />
      <Field
        label="Email"
        name="email"
        id="code-email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.errors?.email}
      />
      <Field
        label="Recovery code"
        name="code"
        autoComplete="one-time-code"
        spellCheck={false}
        required
        errors={state.errors?.code}
        help="For example 7KQ2-M9XD-3T4F. Dashes and capital letters are optional."
      />
      <PasswordField
        label="New password"
        name="newPassword"
        isNew
        errors={state.errors?.newPassword}
      />
      <div>
        <SubmitButton pendingLabel="Saving…">Set new password</SubmitButton>
      </div>
    </form>
  );
}
