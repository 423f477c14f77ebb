import type { Answers, Instrument } from "./types";

/** Prefix of form fields that carry answers: `q:<itemId>`. */
export const ANSWER_FIELD_PREFIX = "q:";

const WHOLE_NUMBER = /^[+-]?\d+$/;

/**
 * Turns posted form fields named `q:<itemId>` into raw Answers, for forms that work
 * without JavaScript. Other fields are ignored and empty values count as unanswered.
 * Nothing is judged here: a value that is not a whole number becomes NaN and an unknown
 * id is kept, so `validateSubmission` reports both with its usual messages. Reading stops
 * after one more answer field than the instrument has items, enough for validation to
 * fail clearly without building an oversized object. A repeated field keeps its last value.
 */
export function parseFormAnswers(
  instrument: Instrument,
  entries: Iterable<readonly [string, unknown]>,
): Answers {
  const answers: Answers = Object.create(null) as Answers;
  const limit = instrument.items.length + 1;
  let count = 0;
  for (const [name, value] of entries) {
    if (!name.startsWith(ANSWER_FIELD_PREFIX)) continue;
    const text = typeof value === "string" ? value.trim() : "";
    if (typeof value === "string" && text === "") continue;
    const id = name.slice(ANSWER_FIELD_PREFIX.length);
    if (!Object.hasOwn(answers, id)) {
      if (count >= limit) break;
      count += 1;
    }
    answers[id] = WHOLE_NUMBER.test(text) ? Number(text) : Number.NaN;
  }
  return answers;
}
