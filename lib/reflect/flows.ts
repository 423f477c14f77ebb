import { areV1, attachmentV1, scoreAttachment, scoreCheckIn, type Answers } from "@/lib/attachment";

/** Where each questionnaire lives in the app, and how its answers become a result. */
export const flows = {
  [attachmentV1.id]: {
    base: "/reflect",
    hasLabel: false,
    score: (answers: Answers) => scoreAttachment(answers),
  },
  // A check-in is about one relationship, which the person names.
  [areV1.id]: {
    base: "/check-in",
    hasLabel: true,
    score: (answers: Answers) => scoreCheckIn(answers),
  },
} as const;

export function flowFor(instrumentId: string) {
  return Object.hasOwn(flows, instrumentId) ? flows[instrumentId] : undefined;
}
