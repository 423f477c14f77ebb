import { describe, expect, it } from "vitest";
import {
  agreementScale,
  answerToward,
  attachmentV1,
  buildAnswers,
  itemsFor,
  keyedValue,
  requiredAnswers,
  scoreAnswers,
  sem,
} from "../../../lib/attachment";
import type { Instrument } from "../../../lib/attachment";

// A tiny instrument so the expected means can be worked out by hand.
const tiny: Instrument = {
  id: "tiny",
  version: 1,
  title: "Tiny",
  scale: agreementScale,
  dimensions: [
    {
      id: "a",
      label: "A",
      description: "",
      minAnsweredShare: 0.75,
      params: { sd: 1, reliability: 0.8, source: "test" },
    },
    {
      id: "b",
      label: "B",
      description: "",
      minAnsweredShare: 0.5,
      params: { sd: 1, reliability: 0.8, source: "test" },
    },
  ],
  items: [
    { id: "a1", dimension: "a", reverse: false, text: "" },
    { id: "a2", dimension: "a", reverse: false, text: "" },
    { id: "a3", dimension: "a", reverse: true, text: "" },
    { id: "a4", dimension: "a", reverse: false, text: "" },
    { id: "b1", dimension: "b", reverse: false, text: "" },
    { id: "b2", dimension: "b", reverse: true, text: "" },
  ],
};

describe("scoreAnswers", () => {
  it("averages answered items after reversing reverse-keyed ones", () => {
    // a: 6, 5, reverse(2) = 8 - 2 = 6, 3 -> (6 + 5 + 6 + 3) / 4 = 5
    // b: 2, reverse(7) = 1 -> (2 + 1) / 2 = 1.5
    const scores = scoreAnswers(tiny, { a1: 6, a2: 5, a3: 2, a4: 3, b1: 2, b2: 7 });
    expect(scores.a).toEqual({ dimension: "a", mean: 5, answered: 4, total: 4, minimumMet: true });
    expect(scores.b).toEqual({
      dimension: "b",
      mean: 1.5,
      answered: 2,
      total: 2,
      minimumMet: true,
    });
  });

  it("uses only answered items and applies the minimum share", () => {
    // a: 7, reverse(1) = 7, 4 -> 18 / 3 = 6; 3 of 4 = 75% meets the 75% minimum
    // b: nothing answered -> mean null
    const scores = scoreAnswers(tiny, { a1: 7, a3: 1, a4: 4 });
    expect(scores.a).toMatchObject({ mean: 6, answered: 3, minimumMet: true });
    expect(scores.b).toMatchObject({ mean: null, answered: 0, minimumMet: false });
    // 2 of 4 = 50% is below 75%, but the mean is still reported for callers that want it
    expect(scoreAnswers(tiny, { a1: 7, a2: 4 }).a).toMatchObject({ mean: 5.5, minimumMet: false });
  });

  it("scores the attachment instrument by hand", () => {
    // Anxiety: 11 forward items at 6 and 3 reverse items at 6 (keyed 2): (66 + 6) / 14 = 72 / 14
    const answers: Record<string, number> = {};
    for (const item of attachmentV1.items) answers[item.id] = item.dimension === "anxiety" ? 6 : 3;
    const scores = scoreAnswers(attachmentV1, answers);
    expect(scores.anxiety?.mean).toBeCloseTo(72 / 14, 10);
    // Avoidance: 11 forward at 3 and 3 reverse at 3 (keyed 5): (33 + 15) / 14 = 48 / 14
    expect(scores.avoidance?.mean).toBeCloseTo(48 / 14, 10);
  });

  it("ignores keys that are not items, including inherited names", () => {
    const answers = { a1: 4, a2: 4, a3: 4, a4: 4, b1: 4, extra: 1 };
    expect(scoreAnswers(tiny, answers).a?.mean).toBe(4);
    const viaConstructor = scoreAnswers(
      {
        ...tiny,
        items: [...tiny.items, { id: "constructor", dimension: "b", reverse: false, text: "" }],
      },
      {},
    );
    expect(viaConstructor.b?.answered).toBe(0);
  });

  it("throws on values that skipped validation", () => {
    expect(() => scoreAnswers(tiny, { a1: 8 })).toThrow(RangeError);
    expect(() => scoreAnswers(tiny, { a1: 2.5 })).toThrow(/validate/);
  });
});

describe("requiredAnswers", () => {
  it("rounds the minimum share up, without float surprises", () => {
    const def = {
      id: "x",
      label: "X",
      description: "",
      params: { sd: 1, reliability: 0.5, source: "" },
    };
    expect(requiredAnswers({ ...def, minAnsweredShare: 0.75 }, 14)).toBe(11); // 10.5 -> 11
    expect(requiredAnswers({ ...def, minAnsweredShare: 0.5 }, 2)).toBe(1);
    expect(requiredAnswers({ ...def, minAnsweredShare: 0.7 }, 10)).toBe(7); // 0.7 * 10 = 7.000000000000001
  });
});

describe("keying helpers", () => {
  it("reverses as min + max - x", () => {
    const reverse = { id: "r", dimension: "a", reverse: true, text: "" };
    expect(keyedValue(reverse, agreementScale, 1)).toBe(7);
    expect(keyedValue(reverse, agreementScale, 4)).toBe(4);
    expect(keyedValue({ ...reverse, reverse: false }, agreementScale, 2)).toBe(2);
  });

  it("answerToward pushes forward and reverse items the right way", () => {
    const forward = { id: "f", dimension: "a", reverse: false, text: "" };
    const reverse = { ...forward, reverse: true };
    expect(answerToward(forward, "high", agreementScale)).toBe(7);
    expect(answerToward(reverse, "high", agreementScale)).toBe(1);
    expect(answerToward(forward, "low", agreementScale)).toBe(1);
    expect(answerToward(reverse, "low", agreementScale)).toBe(7);
  });

  it("buildAnswers fills every item, defaulting to the midpoint", () => {
    const answers = buildAnswers(attachmentV1, { anxiety: "high" });
    expect(Object.keys(answers)).toHaveLength(28);
    for (const item of itemsFor(attachmentV1, "avoidance")) expect(answers[item.id]).toBe(4);
    const scores = scoreAnswers(attachmentV1, answers);
    expect(scores.anxiety?.mean).toBe(7);
    expect(scores.avoidance?.mean).toBe(4);
  });
});

describe("sem", () => {
  it("is sd * sqrt(1 - reliability)", () => {
    // 1.1 * sqrt(0.15) = 1.1 * 0.387298 = 0.426028
    expect(sem({ sd: 1.1, reliability: 0.85, source: "" })).toBeCloseTo(0.426, 3);
    expect(sem({ sd: 2, reliability: 0.75, source: "" })).toBe(1); // 2 * sqrt(.25)
  });

  it("rejects parameters that make no sense", () => {
    expect(() => sem({ sd: 0, reliability: 0.8, source: "" })).toThrow(RangeError);
    expect(() => sem({ sd: 1, reliability: 1, source: "" })).toThrow(RangeError);
    expect(() => sem({ sd: 1, reliability: -0.1, source: "" })).toThrow(RangeError);
  });
});
