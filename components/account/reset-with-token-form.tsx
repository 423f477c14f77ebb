"use client";

import { useActionState } from "react";
import { resetPasswordWithTokenAction } from "@/lib/auth/actions";
import type { FormState } from "@/lib/auth/form-state";
import { FormMessage } from "./form-message";
import { PasswordField } from "./password-field";
import { SubmitButton } from "./submit-button";

export function ResetWithTokenForm({ token }: { token: string }) {
  const [state, action] = useActionState<FormState, FormData>(resetPasswordWithTokenAction, {});
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="token" value={token} />
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
