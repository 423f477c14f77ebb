"use client";

import { useActionState } from "react";
import { replaceRecoveryCodesAction } from "@/lib/auth/actions";
import type { SignUpState } from "@/lib/auth/form-state";
import { FormMessage } from "./form-message";
import { RecoveryCodes } from "./recovery-codes";
import { SubmitButton } from "./submit-button";

export function ReplaceCodesForm() {
  const [state, action] = useActionState<SignUpState>(replaceRecoveryCodesAction, {});
  if (state.recoveryCodes) return <RecoveryCodes codes={state.recoveryCodes} headingLevel={3} />;
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage message={state.message} />
      <div>
        <SubmitButton variant="secondary" pendingLabel="Making codes…">
          Make new recovery codes
        </SubmitButton>
      </div>
    </form>
  );
}
