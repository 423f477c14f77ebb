import type { ReactNode } from "react";
import { Field } from "@/components/ui/field";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy-limits";

/** A password input: new passwords get the length limits and password-manager hints. */
export function PasswordField({
  label,
  name,
  errors,
  help,
  isNew = false,
}: {
  label: string;
  name: string;
  errors?: string[];
  help?: ReactNode;
  isNew?: boolean;
}) {
  return (
    <Field
      label={label}
      name={name}
      type="password"
      required
      errors={errors}
      help={help}
      autoComplete={isNew ? "new-password" : "current-password"}
      minLength={isNew ? PASSWORD_MIN_LENGTH : undefined}
      maxLength={PASSWORD_MAX_LENGTH}
    />
  );
}
