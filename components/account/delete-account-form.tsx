"use client";

import { useActionState } from "react";
import { deleteAccountAction } from "@/lib/auth/actions";
import type { FormState } from "@/lib/auth/form-state";
import { FormMessage } from "./form-message";
import { PasswordField } from "./password-field";
import { SubmitButton } from "./submit-button";

export function DeleteAccountForm() {
  const [state, action] = useActionState<FormState, FormData>(deleteAccountAction, {});
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage message={state.message} />
      <PasswordField
        label="Type your password to confirm"
        name="password"
        errors={state.errors?.password}
        help="This deletes your account, every saved result and every note, at once and for good."
      />
      <div>
        <SubmitButton variant="danger" pendingLabel="Deleting…">
          Delete my account and all my data
        </SubmitButton>
      </div>
    </form>
  );
}
