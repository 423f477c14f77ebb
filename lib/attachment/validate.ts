import { getInstrument, latestInstrument } from "./instruments";
import { isScaleValue } from "./scale";
import { requiredAnswers } from "./score";
import { submissionSchema } from "./submission-schema";
import type { Answers, Instrument } from "./types";

/** Result of `validateSubmission`: validated answers, or messages fit to show the person. */
export type ValidationResult =
  { ok: true; instrument: Instrument; answers: Answers } | { ok: false; errors: string[] };

// Keys that could reach Object.prototype if copied carelessly; refused outright.
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const MAX_NAMED = 3;

function listFew(names: string[]): string {
  const shown = names.slice(0, MAX_NAMED).map((name) => `"${name.slice(0, 40)}"`);
  const rest = names.length - shown.length;
  return rest > 0 ? `${shown.join(", ")} and ${rest} more` : shown.join(", ");
}

function checkAnswers(instrument: Instrument, raw: Record<string, unknown>): ValidationResult {
  const { scale, items } = instrument;
  const position = new Map(items.map((item, i) => [item.id, i + 1]));
  const answers: Answers = Object.create(null) as Answers;
  const errors: string[] = [];
  const unknown: string[] = [];
  const badQuestions: string[] = [];

  for (const key of Object.keys(raw)) {
    const questionNumber = position.get(key);
    if (FORBIDDEN_KEYS.has(key)) errors.push(`"${key}" is not allowed as a question id.`);
    else if (questionNumber === undefined) unknown.push(key);
    else if (!isScaleValue(scale, raw[key])) badQuestions.push(`question ${questionNumber}`);
    else answers[key] = raw[key];
  }

  if (unknown.length > 0) {
    errors.push(
      `These answers don't match any question in this questionnaire: ${listFew(unknown)}.`,
    );
  }
  if (badQuestions.length > 0) {
    const names = badQuestions.slice(0, MAX_NAMED).join(", ");
    const more =
      badQuestions.length > MAX_NAMED ? ` and ${badQuestions.length - MAX_NAMED} more` : "";
    errors.push(
      `Please choose a whole number from ${scale.min} to ${scale.max} for ${names}${more}.`,
    );
  }
  for (const def of instrument.dimensions) {
    const ids = items.filter((item) => item.dimension === def.id).map((item) => item.id);
    const answered = ids.filter((id) => Object.hasOwn(answers, id)).length;
    const needed = requiredAnswers(def, ids.length);
    if (answered < needed) {
      errors.push(
        `Please answer at least ${needed} of the ${ids.length} questions on ${def.label.toLowerCase()} (so far: ${answered}).`,
      );
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, instrument, answers };
}

/**
 * Validates `{ instrumentId, version, answers }` from an untrusted source. Never throws:
 * every problem becomes a message (unknown or outdated questionnaire, unknown question ids,
 * values off the scale or not whole numbers, too many keys, too few answers per dimension,
 * prototype keys). On success the answers are a fresh null-prototype copy holding only
 * known items.
 */
export function validateSubmission(input: unknown): ValidationResult {
  try {
    const parsed = submissionSchema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, errors: [...new Set(parsed.error.issues.map((issue) => issue.message))] };
    }
    const { instrumentId, version, answers } = parsed.data;
    const instrument = getInstrument(instrumentId, version);
    if (instrument) return checkAnswers(instrument, answers);
    return {
      ok: false,
      errors: [
        latestInstrument(instrumentId)
          ? "This questionnaire was updated since you started. Please start again so your answers match the current questions."
          : "We don't recognise this questionnaire. Please start again from the questionnaire page.",
      ],
    };
  } catch {
    // Hostile inputs (throwing getters, proxies) must still get an answer, not a 500.
    return { ok: false, errors: ["The submission could not be read. Please try again."] };
  }
}
