import { ownValue } from "./own";
import { scaleMidpoint } from "./scale";
import type { Answers, Instrument, Item, ResponseScale } from "./types";

/** Target level for one dimension when building an answer set. */
export type AnswerLevel = "high" | "low" | "mid";

/** The items of one dimension, in presentation order. */
export function itemsFor(instrument: Instrument, dimension: string): Item[] {
  return instrument.items.filter((item) => item.dimension === dimension);
}

/**
 * The raw answer that pushes an item's dimension to the scale's end:
 * "high" is `max` for a forward item and `min` for a reverse-keyed one; "low" is the opposite.
 */
export function answerToward(item: Item, level: "high" | "low", scale: ResponseScale): number {
  const wantMax = (level === "high") !== item.reverse;
  return wantMax ? scale.max : scale.min;
}

/**
 * A complete answer set that places each dimension at the requested level
 * (dimensions not named in `levels` get "mid"). Throws if "mid" is asked of a scale
 * with an even number of points, which has no middle answer.
 */
export function buildAnswers(instrument: Instrument, levels: Record<string, AnswerLevel>): Answers {
  const { scale } = instrument;
  const answers: Answers = {};
  for (const item of instrument.items) {
    const level = ownValue(levels, item.dimension) ?? "mid";
    if (level === "high" || level === "low") {
      answers[item.id] = answerToward(item, level, scale);
    } else {
      const mid = scaleMidpoint(scale);
      if (!Number.isInteger(mid)) throw new RangeError("This scale has no middle answer.");
      answers[item.id] = mid;
    }
  }
  return answers;
}
