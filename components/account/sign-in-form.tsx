"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { signInAction } from "@/lib/auth/actions";
import type { FormState } from "@/lib/auth/form-state";
import { withNext } from "@/lib/auth/next-param";
import { FormMessage } from "./form-message";
import { PasswordField } from "./password-field";
import { SubmitButton } from "./submit-button";

export function SignInForm({ next }: { next?: string }) {
  const [state, action] = useActionState<FormState, FormData>(signInAction, {});
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
      />
      <PasswordField label="Password" name="password" errors={state.errors?.password} />
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
        <Link href="/forgot-password" className="inline-flex min-h-11 items-center">
          Forgot your password?
        </Link>
      </div>
      <p>
        New here? <Link href={withNext("/sign-up", next)}>Create an account</Link>
      </p>
    </form>
  );
}
