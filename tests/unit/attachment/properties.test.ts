import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  areV1,
  attachmentV1,
  buildAnswers,
  keyedValue,
  placeAttachment,
  reliableChange,
  scoreAnswers,
  validateSubmission,
} from "../../../lib/attachment";
import type { Answers, Instrument } from "../../../lib/attachment";

function answersArb(instrument: Instrument, complete = false): fc.Arbitrary<Answers> {
  const { min, max } = instrument.scale;
  const value = fc.integer({ min, max });
  const slot = complete ? value : fc.option(value, { nil: undefined });
  return fc.tuple(...instrument.items.map(() => slot)).map((values) => {
    const answers: Answers = {};
    instrument.items.forEach((item, i) => {
      const v = values[i];
      if (v !== undefined) answers[item.id] = v;
    });
    return answers;
  });
}

describe.each([
  ["attachment v1", attachmentV1],
  ["A.R.E. check-in v1", areV1],
])("generic scoring of %s", (_name, instrument) => {
  const { min, max } = instrument.scale;

  it("keeps every mean within the scale", () => {
    fc.assert(
      fc.property(answersArb(instrument), (answers) => {
        for (const score of Object.values(scoreAnswers(instrument, answers))) {
          if (score.mean === null) expect(score.answered).toBe(0);
          else {
            expect(score.mean).toBeGreaterThanOrEqual(min);
            expect(score.mean).toBeLessThanOrEqual(max);
          }
        }
      }),
    );
  });

  it("never lowers a dimension when one answer moves toward it, and leaves others alone", () => {
    fc.assert(
      fc.property(
        answersArb(instrument),
        fc.nat({ max: instrument.items.length - 1 }),
        fc.integer({ min, max }),
        fc.integer({ min, max }),
        (answers, index, a, b) => {
          const item = instrument.items[index];
          if (!item) return;
          // Order a and b so that b's keyed value is the higher one.
          const [lower, higher] =
            keyedValue(item, instrument.scale, a) <= keyedValue(item, instrument.scale, b)
              ? [a, b]
              : [b, a];
          const before = scoreAnswers(instrument, { ...answers, [item.id]: lower });
          const after = scoreAnswers(instrument, { ...answers, [item.id]: higher });
          expect(after[item.dimension]?.mean).toBeGreaterThanOrEqual(
            before[item.dimension]?.mean ?? Infinity,
          );
          for (const def of instrument.dimensions) {
            if (def.id !== item.dimension) expect(after[def.id]).toEqual(before[def.id]);
          }
        },
      ),
    );
  });

  it("scores all-midpoint answers at the midpoint", () => {
    const scores = scoreAnswers(instrument, buildAnswers(instrument, {}));
    for (const score of Object.values(scores)) expect(score.mean).toBe((min + max) / 2);
  });

  it("does not depend on the order of answer keys", () => {
    fc.assert(
      fc.property(
        answersArb(instrument).chain((answers) =>
          fc
            .shuffledSubarray(Object.entries(answers), {
              minLength: Object.keys(answers).length,
              maxLength: Object.keys(answers).length,
            })
            .map((shuffled) => [answers, Object.fromEntries(shuffled)] as const),
        ),
        ([answers, shuffled]) => {
          expect(scoreAnswers(instrument, shuffled)).toEqual(scoreAnswers(instrument, answers));
        },
      ),
    );
  });

  it("accepts every complete, valid answer set", () => {
    fc.assert(
      fc.property(answersArb(instrument, true), (answers) => {
        const result = validateSubmission({
          instrumentId: instrument.id,
          version: instrument.version,
          answers,
        });
        expect(result.ok).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

describe("placement properties", () => {
  it("puts the pattern on the side of the midpoint each score lies on", () => {
    fc.assert(
      fc.property(answersArb(attachmentV1, true), (answers) => {
        const p = placeAttachment(attachmentV1, scoreAnswers(attachmentV1, answers));
        expect(p.pattern === "anxious" || p.pattern === "disorganized").toBe(p.anxiety > 4);
        expect(p.pattern === "avoidant" || p.pattern === "disorganized").toBe(p.avoidance > 4);
        expect(p.boundaryDimensions.includes("anxiety")).toBe(
          Math.abs(p.anxiety - 4) <= 1.96 * p.sem.anxiety,
        );
        expect(p.closeToBoundary).toBe(p.boundaryDimensions.length > 0);
      }),
    );
  });
});

describe("reliable change properties", () => {
  const paramsArb = fc.record({
    sd: fc.double({ min: 0.3, max: 3, noNaN: true }),
    reliability: fc.double({ min: 0, max: 0.99, noNaN: true }),
    source: fc.constant("test"),
  });
  const score = fc.double({ min: 1, max: 7, noNaN: true });

  it("is antisymmetric: swapping before and after flips the index, not its reliability", () => {
    fc.assert(
      fc.property(paramsArb, score, score, (params, a, b) => {
        const forward = reliableChange(params, a, b);
        const backward = reliableChange(params, b, a);
        expect(forward.rci + backward.rci).toBe(0);
        expect(forward.reliable).toBe(backward.reliable);
        expect(forward.threshold).toBe(backward.threshold);
        if (forward.reliable) expect(forward.direction).not.toBe(backward.direction);
      }),
    );
  });

  it("calls a change reliable exactly when it exceeds the threshold", () => {
    fc.assert(
      fc.property(paramsArb, score, score, (params, a, b) => {
        const change = reliableChange(params, a, b);
        // Compare away from the exact edge, where float rounding may go either way.
        if (Math.abs(Math.abs(change.difference) - change.threshold) > 1e-9) {
          expect(change.reliable).toBe(Math.abs(change.difference) > change.threshold);
        }
      }),
    );
  });
});

describe("validation properties", () => {
  it("never throws, whatever arrives", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(validateSubmission(input).ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string(),
          fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)),
        ),
        (answers) => {
          const result = validateSubmission({
            instrumentId: "secure-base-attachment",
            version: 1,
            answers,
          });
          expect(result.ok).toBe(false);
        },
      ),
    );
  });
});
