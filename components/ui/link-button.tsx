import Link from "next/link";
import type { ComponentProps } from "react";
import { buttonClasses, type ButtonVariant } from "./button-styles";

type LinkButtonProps = ComponentProps<typeof Link> & { variant?: ButtonVariant };

/** A link styled as a button: for navigation, never for actions. */
export function LinkButton({ variant, className, ...props }: LinkButtonProps) {
  return <Link className={buttonClasses(variant, className)} {...props} />;
}
