import { ownValue } from "./own";
import { isScaleValue, keyedValue } from "./scale";
import type { Answers, DimensionDef, Instrument } from "./types";

/** The score of one dimension. `mean` is on the instrument's scale (1–7), null when nothing was answered. */
export interface DimensionScore {
  dimension: string;
  mean: number | null;
  answered: number;
  total: number;
  /** Whether enough items were answered for the mean to be reported. */
  minimumMet: boolean;
}

/** How many of `total` items must be answered to meet `def.minAnsweredShare`. */
export function requiredAnswers(def: DimensionDef, total: number): number {
  // The epsilon keeps float products such as 0.7 * 10 = 7.000000000000001 from demanding an extra item.
  return Math.ceil(def.minAnsweredShare * total - 1e-9);
}

/**
 * Scores every dimension as the mean of its answered items after reverse keying.
 * Expects validated answers: throws a RangeError for a value that is not a whole number
 * on the scale, because silently skipping it would hide a caller bug. Unknown keys are ignored.
 */
export function scoreAnswers(
  instrument: Instrument,
  answers: Answers,
): Record<string, DimensionScore> {
  const scores: Record<string, DimensionScore> = {};
  for (const def of instrument.dimensions) {
    let sum = 0;
    let answered = 0;
    let total = 0;
    for (const item of instrument.items) {
      if (item.dimension !== def.id) continue;
      total += 1;
      const raw = ownValue(answers, item.id);
      if (raw === undefined) continue;
      if (!isScaleValue(instrument.scale, raw)) {
        throw new RangeError(
          `Answer to ${item.id} is not a whole number on the scale; validate first.`,
        );
      }
      sum += keyedValue(item, instrument.scale, raw);
      answered += 1;
    }
    scores[def.id] = {
      dimension: def.id,
      mean: answered > 0 ? sum / answered : null,
      answered,
      total,
      minimumMet: total > 0 && answered >= requiredAnswers(def, total),
    };
  }
  return scores;
}
