import { z } from "zod";

/** Upper bound on answer keys accepted before any instrument is looked up; stops oversized payloads early. */
export const MAX_ANSWER_KEYS = 100;

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  // Null-prototype objects are allowed because parseFormAnswers builds them.
  return proto === Object.prototype || proto === null;
}

function hasAtMostKeys(record: object, max: number): boolean {
  let count = 0;
  for (const key in record) {
    if (Object.hasOwn(record, key) && ++count > max) return false;
  }
  return true;
}

/**
 * Shape of a questionnaire submission: `{ instrumentId, version, answers }`.
 * It checks only what is independent of the instrument; `validateSubmission` then checks
 * each answer against the instrument, so its messages can name the questions involved.
 */
export const submissionSchema = z.object(
  {
    instrumentId: z
      .string({ error: "The questionnaire id is missing." })
      .min(1, { error: "The questionnaire id is missing." })
      .max(100, { error: "The questionnaire id is too long." }),
    version: z
      .number({ error: "The questionnaire version is missing." })
      .int({ error: "The questionnaire version must be a whole number." })
      .positive({ error: "The questionnaire version must be a whole number." }),
    answers: z
      .custom<Record<string, unknown>>(isPlainRecord, {
        error: "Answers must be sent as question ids with a value for each.",
      })
      .refine((answers) => !isPlainRecord(answers) || hasAtMostKeys(answers, MAX_ANSWER_KEYS), {
        error: `Too many answers were sent (at most ${MAX_ANSWER_KEYS} are accepted).`,
      }),
  },
  { error: "The submission is not in the expected format." },
);

/** A submission that has the right shape but is not yet checked against its instrument. */
export type Submission = z.infer<typeof submissionSchema>;
