import { z } from "zod";

/** What a person calls the relationship a check-in is about ("my partner", a first name). */
export const relationshipLabelSchema = z
  .string()
  .trim()
  .max(40, "Please keep the name of the relationship under 40 characters.")
  .regex(/^[^\p{Cc}\p{Cf}<>]*$/u, "Please use letters, numbers and ordinary punctuation only.");

export const labelCookie = (instrumentId: string) => `sb-label-${instrumentId}`;

/** The label for display, with a neutral stand-in when none was given. */
export function displayLabel(label: string | null | undefined) {
  return label && label.length > 0 ? label : "this person";
}
