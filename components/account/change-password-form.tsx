"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/lib/auth/actions";
import type { FormState } from "@/lib/auth/form-state";
import { FormMessage } from "./form-message";
import { PasswordField } from "./password-field";
import { SubmitButton } from "./submit-button";

export function ChangePasswordForm() {
  const [state, action] = useActionState<FormState, FormData>(changePasswordAction, {});
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <PasswordField
        label="Current password"
        name="currentPassword"
        errors={state.errors?.currentPassword}
      />
      <PasswordField
        label="New password"
        name="newPassword"
        isNew
        errors={state.errors?.newPassword}
      />
      <label className="flex min-h-11 items-center gap-3">
        <input
          type="checkbox"
          name="signOutOthers"
          defaultChecked
          className="size-5 accent-(--color-accent)"
        />
        Sign out my other devices
      </label>
      <div>
        <SubmitButton pendingLabel="Saving…">Change password</SubmitButton>
      </div>
    </form>
  );
}
