import type { InputHTMLAttributes, ReactNode } from "react";
import { cn } from "./cn";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  help?: ReactNode;
  errors?: string[];
};

/** A labelled input with optional help and error text, wired up for screen readers. */
export function Field({ label, name, help, errors, id = name, className, ...input }: FieldProps) {
  const helpId = help ? `${id}-help` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {help && (
        <p id={helpId} className="text-base text-muted">
          {help}
        </p>
      )}
      <input
        id={id}
        name={name}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[helpId, errorId].filter(Boolean).join(" ") || undefined}
        className="min-h-11 rounded-lg border border-line bg-surface px-3 py-2 text-ink aria-invalid:border-danger"
        {...input}
      />
      {errorId && (
        <p id={errorId} className="text-base font-medium text-danger">
          {errors?.join(" ")}
        </p>
      )}
    </div>
  );
}
