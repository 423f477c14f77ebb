/** What a server action returns to its form: field errors, a form-level message, and extras. */
export interface FormState {
  errors?: Record<string, string[] | undefined>;
  message?: string;
  /** True when `message` reports success rather than a problem. */
  ok?: boolean;
  /** Non-secret values to put back in the form after a refusal (never passwords). */
  values?: Record<string, string>;
}

/** Sign-up also returns the recovery codes, shown once. */
export interface SignUpState extends FormState {
  recoveryCodes?: string[];
  next?: string;
}

/** A text field's value (files and missing fields give ""), cut to `max` characters. */
export function formText(formData: FormData, name: string, max = 254) {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, max) : "";
}
