import { areV1, attachmentV1 } from "@/lib/attachment";

// Server-rendered in UTC, said so, so that the text never depends on where the server runs.
const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/** "3 Mar 2026" */
export const formatDate = (date: Date) => dateFormat.format(date);

/** "3 March 2026 at 14:05 UTC" */
export const formatDateTime = (date: Date) =>
  `${dateTimeFormat.format(date).replace(", ", " at ")} UTC`;

/** A score on the 1–7 scale, one decimal. */
export const formatScore = (score: number | null | undefined) =>
  score == null ? "–" : score.toFixed(1);

/** A person-facing name for a stored instrument id. */
export function instrumentName(instrumentId: string, relationshipLabel?: string | null) {
  if (instrumentId === attachmentV1.id) return "Attachment reflection";
  if (instrumentId === areV1.id)
    return relationshipLabel ? `A.R.E. check-in: ${relationshipLabel}` : "A.R.E. check-in";
  return instrumentId;
}
