import { cn } from "./cn";

export type ButtonVariant = "primary" | "secondary" | "quiet" | "danger";

const base =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-full px-5 py-2 font-sans text-base font-semibold leading-tight no-underline transition-colors disabled:cursor-not-allowed disabled:opacity-60";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-accent text-on-accent hover:bg-accent-strong",
  secondary: "border border-line bg-surface text-ink hover:bg-sunken",
  quiet: "text-accent underline underline-offset-4 hover:bg-accent-soft",
  danger: "bg-danger text-paper hover:opacity-90",
};

/** Class names shared by buttons and links that look like buttons. */
export function buttonClasses(variant: ButtonVariant = "primary", className?: string) {
  return cn(base, variants[variant], className);
}
