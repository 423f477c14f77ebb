import { ownValue } from "./own";
import { keyedValue } from "./scale";
import type { Answers, Instrument } from "./types";

/** A gentle note about how the answers were given. Never a reason to refuse a result. */
export interface QualityNotice {
  code: "long-run" | "inconsistent" | "same-answer-everywhere";
  message: string;
}

/** Identical answers in a row (presentation order) that earn a notice. */
export const LONG_RUN_LENGTH = 10;
/** Keyed gap (points) at which a consistency pair counts as disagreeing. */
export const INCONSISTENT_GAP = 4;
/** Disagreeing pairs needed before mentioning it; one pair alone is ordinary noise. */
export const INCONSISTENT_PAIRS = 2;

function longestRun(values: number[]): number {
  let longest = 0;
  let run = 0;
  values.forEach((value, i) => {
    run = i > 0 && values[i - 1] === value ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  return longest;
}

function disagreeingPairs(instrument: Instrument, answers: Answers): number {
  let count = 0;
  for (const [a, b] of instrument.consistencyPairs ?? []) {
    const itemA = instrument.items.find((item) => item.id === a);
    const itemB = instrument.items.find((item) => item.id === b);
    const rawA = ownValue(answers, a);
    const rawB = ownValue(answers, b);
    if (!itemA || !itemB || rawA === undefined || rawB === undefined) continue;
    const gap =
      keyedValue(itemA, instrument.scale, rawA) - keyedValue(itemB, instrument.scale, rawB);
    if (Math.abs(gap) >= INCONSISTENT_GAP) count += 1;
  }
  return count;
}

/**
 * Looks for signs of hurried answering, computed from the answers themselves
 * (Meade & Craig 2012): the same answer everywhere, a long run of one answer, or
 * disagreement between items that should agree. Unanswered items are skipped, so they
 * neither break nor extend a run. When every answer is the same, only that notice is
 * given, since the other two would just restate it.
 */
export function checkAnswerQuality(instrument: Instrument, answers: Answers): QualityNotice[] {
  const values = instrument.items.flatMap((item) => {
    const value = ownValue(answers, item.id);
    return value === undefined ? [] : [value];
  });

  if (values.length >= LONG_RUN_LENGTH && values.every((value) => value === values[0])) {
    return [
      {
        code: "same-answer-everywhere",
        message:
          "It looks like you chose the same answer for every question. That can happen when a " +
          "questionnaire feels long; you may want to look over your answers so the result reflects you.",
      },
    ];
  }

  const notices: QualityNotice[] = [];
  if (longestRun(values) >= LONG_RUN_LENGTH) {
    notices.push({
      code: "long-run",
      message:
        `It looks like you gave the same answer to ${LONG_RUN_LENGTH} or more questions in a row. ` +
        "If some of those went by quickly, you may want to look over your answers.",
    });
  }
  if (disagreeingPairs(instrument, answers) >= INCONSISTENT_PAIRS) {
    notices.push({
      code: "inconsistent",
      message:
        "A few answers to questions that ask about similar things point in different directions. " +
        "That is sometimes just how life is; you may want to look over your answers in case any were misread.",
    });
  }
  return notices;
}
