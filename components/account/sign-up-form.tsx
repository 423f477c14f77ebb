"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { signUpAction } from "@/lib/auth/actions";
import type { SignUpState } from "@/lib/auth/form-state";
import { withNext } from "@/lib/auth/next-param";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy-limits";
import { FormMessage } from "./form-message";
import { PasswordField } from "./password-field";
import { RecoveryCodes } from "./recovery-codes";
import { SubmitButton } from "./submit-button";

export function SignUpForm({ next, emailEnabled }: { next?: string; emailEnabled: boolean }) {
  const [state, action] = useActionState<SignUpState, FormData>(signUpAction, {});
  if (state.recoveryCodes) {
    return (
      <div className="flex flex-col gap-4">
        <FormMessage tone="success" message="Your account is ready and you are signed in." />
        <RecoveryCodes codes={state.recoveryCodes} next={state.next ?? "/results"} />
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage message={state.message} />
      {next && <input type="hidden" name="next" value={next} />}
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.errors?.email}
        help={
          emailEnabled
            ? "Used to sign in, and to send you a link if you forget your password."
            : "Used only to sign in. This site sends no email."
        }
      />
      <PasswordField
        label="Choose a password"
        name="password"
        isNew
        errors={state.errors?.password}
        help={`At least ${PASSWORD_MIN_LENGTH} characters. Long passphrases are welcome; no special characters needed. Very common passwords are refused.`}
      />
      <div>
        <SubmitButton pendingLabel="Creating your account…">Create account</SubmitButton>
      </div>
      <p>
        Already have an account? <Link href={withNext("/sign-in", next)}>Sign in</Link>
      </p>
    </form>
  );
}
