import { describe, expect, it } from "vitest";
import { attachmentV1, buildAnswers, placeAttachment, scoreAnswers } from "../../../lib/attachment";
import type { DimensionScore, Pattern } from "../../../lib/attachment";

function scoresOf(anxiety: number, avoidance: number): Record<string, DimensionScore> {
  const score = (dimension: string, mean: number): DimensionScore => ({
    dimension,
    mean,
    answered: 14,
    total: 14,
    minimumMet: true,
  });
  return { anxiety: score("anxiety", anxiety), avoidance: score("avoidance", avoidance) };
}

// SEM = 1.1 * sqrt(.15) = 0.42603; 1.96 * SEM = 0.83501
const BAND = 1.96 * 1.1 * Math.sqrt(0.15);

describe("placeAttachment", () => {
  const regions: [string, string, Pattern][] = [
    ["low", "low", "secure"],
    ["high", "low", "anxious"],
    ["low", "high", "avoidant"],
    ["high", "high", "disorganized"],
  ];

  it.each(regions)("anxiety %s, avoidance %s lands in %s", (anxiety, avoidance, pattern) => {
    const answers = buildAnswers(attachmentV1, {
      anxiety: anxiety as "high" | "low",
      avoidance: avoidance as "high" | "low",
    });
    const placement = placeAttachment(attachmentV1, scoreAnswers(attachmentV1, answers));
    expect(placement.pattern).toBe(pattern);
    expect(placement.anxiety).toBe(anxiety === "high" ? 7 : 1);
    expect(placement.avoidance).toBe(avoidance === "high" ? 7 : 1);
    expect(placement.closeToBoundary).toBe(false);
    expect(placement.boundaryDimensions).toEqual([]);
  });

  it("puts all-midpoint answers on the midpoint and flags both boundaries", () => {
    const placement = placeAttachment(
      attachmentV1,
      scoreAnswers(attachmentV1, buildAnswers(attachmentV1, {})),
    );
    expect(placement).toMatchObject({
      anxiety: 4,
      avoidance: 4,
      midpoint: 4,
      distance: { anxiety: 0, avoidance: 0 },
      closeToBoundary: true,
      boundaryDimensions: ["anxiety", "avoidance"],
    });
    // Tie rule: exactly on the midpoint counts as low.
    expect(placement.pattern).toBe("secure");
  });

  it("reports signed distances and the SEM of each dimension", () => {
    const placement = placeAttachment(attachmentV1, scoresOf(5.5, 2.5));
    expect(placement.distance).toEqual({ anxiety: 1.5, avoidance: -1.5 });
    expect(placement.sem.anxiety).toBeCloseTo(0.426, 3);
    expect(placement.sem.avoidance).toBeCloseTo(0.426, 3);
    expect(placement.pattern).toBe("anxious");
  });

  it("flags only the dimension within 1.96 SEM of the midpoint, inclusive", () => {
    const near = placeAttachment(attachmentV1, scoresOf(4 + BAND - 1e-9, 6));
    expect(near.boundaryDimensions).toEqual(["anxiety"]);
    expect(near.closeToBoundary).toBe(true);
    const far = placeAttachment(attachmentV1, scoresOf(4 + BAND + 0.01, 6));
    expect(far.closeToBoundary).toBe(false);
    const justBelow = placeAttachment(attachmentV1, scoresOf(4.2, 3.9));
    expect(justBelow.pattern).toBe("anxious");
    expect(justBelow.boundaryDimensions).toEqual(["anxiety", "avoidance"]);
  });

  it("throws a clear error when a dimension lacks its minimum answers", () => {
    const answers = buildAnswers(attachmentV1, { anxiety: "high", avoidance: "low" });
    delete answers["avo-01"];
    delete answers["avo-02"];
    delete answers["avo-03"];
    delete answers["avo-04"]; // 10 of 14 left, 11 needed
    expect(() => placeAttachment(attachmentV1, scoreAnswers(attachmentV1, answers))).toThrow(
      /Not enough "avoidance" answers/,
    );
    expect(() => placeAttachment(attachmentV1, {})).toThrow(/anxiety/);
  });
});
