import {
  getInstrument,
  parseFormAnswers,
  validateSubmission,
  type Answers,
  type Instrument,
  type ValidationResult,
} from "@/lib/attachment";
import { BodyTooLargeError, readBodyText } from "@/lib/http/read-body";

/** A questionnaire post is a few hundred bytes; anything near this is not a real submission. */
export const MAX_SUBMISSION_BYTES = 16 * 1024;

export type ParsedSubmission =
  | {
      kind: "form";
      instrument: Instrument | undefined;
      fields: URLSearchParams;
      checked: ValidationResult;
    }
  | { kind: "json"; checked: ValidationResult }
  | { kind: "rejected"; status: 400 | 413 | 415; message: string };

/**
 * Reads a questionnaire submission, either a form post (works without JavaScript) or JSON,
 * and validates it with the same rules. Never throws for bad input.
 */
export async function readSubmission(request: Request): Promise<ParsedSubmission> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded" && type !== "application/json") {
    return {
      kind: "rejected",
      status: 415,
      message: "Please send the questionnaire as a form or as JSON.",
    };
  }
  let text: string;
  try {
    text = await readBodyText(request, MAX_SUBMISSION_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return {
        kind: "rejected",
        status: 413,
        message: `That submission is too large to be a questionnaire (the limit is ${MAX_SUBMISSION_BYTES / 1024} KB).`,
      };
    }
    return {
      kind: "rejected",
      status: 400,
      message: "The submission could not be read. Please try again.",
    };
  }
  if (type === "application/json") {
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch {
      return { kind: "rejected", status: 400, message: "The submission is not valid JSON." };
    }
    return { kind: "json", checked: validateSubmission(input) };
  }
  const fields = new URLSearchParams(text);
  const instrument = getInstrument(fields.get("instrumentId") ?? "", Number(fields.get("version")));
  const answers: Answers = instrument ? parseFormAnswers(instrument, fields.entries()) : {};
  const checked = validateSubmission({
    instrumentId: fields.get("instrumentId"),
    version: Number(fields.get("version")),
    answers,
  });
  return { kind: "form", instrument, fields, checked };
}
