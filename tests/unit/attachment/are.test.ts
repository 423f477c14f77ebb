import { describe, expect, it } from "vitest";
import {
  areQualities,
  areV1,
  buildAnswers,
  conversationStarters,
  gapDirection,
  scoreCheckIn,
} from "../../../lib/attachment";
import type { GapDirection } from "../../../lib/attachment";

describe("scoreCheckIn", () => {
  it("compares me-toward-them with them-toward-me for each quality", () => {
    const result = scoreCheckIn({
      "self-acc-1": 6,
      "self-acc-2": 6, // self accessibility (6 + 6) / 2 = 6
      "partner-acc-1": 5,
      "partner-acc-2": 5, // partner accessibility 5, gap 1
      "self-res-1": 7,
      "self-res-2": 7, // self responsiveness 7
      "partner-res-1": 3,
      "partner-res-2": 5, // reverse: 8 - 5 = 3, so (3 + 3) / 2 = 3, gap 4
      "self-eng-1": 4,
      "self-eng-2": 4, // reverse: 8 - 4 = 4 -> 4
      "partner-eng-1": 4,
      "partner-eng-2": 4, // gap 0
    });
    expect(result.instrumentId).toBe("are-checkin");
    expect(result.qualities).toEqual([
      { quality: "accessibility", self: 6, partner: 5, gap: 1 },
      { quality: "responsiveness", self: 7, partner: 3, gap: 4 },
      { quality: "engagement", self: 4, partner: 4, gap: 0 },
    ]);
    expect(result.largestGap).toBe("responsiveness");
  });

  it("uses the absolute gap, so a partner-higher gap can be the largest", () => {
    const answers = buildAnswers(areV1, {});
    answers["partner-eng-1"] = 7; // partner engagement (7 + 4) / 2 = 5.5, gap -1.5
    answers["self-acc-1"] = 5; // self accessibility 4.5, gap 0.5
    const result = scoreCheckIn(answers);
    expect(result.qualities[2]?.gap).toBe(-1.5);
    expect(result.largestGap).toBe("engagement");
  });

  it("has no largest gap when every side matches", () => {
    expect(scoreCheckIn(buildAnswers(areV1, {})).largestGap).toBeNull();
  });

  it("leaves a side null when it has no answers, and skips it for the largest gap", () => {
    const answers = buildAnswers(areV1, {});
    delete answers["partner-eng-1"];
    delete answers["partner-eng-2"];
    answers["self-eng-1"] = 1;
    const engagement = scoreCheckIn(answers).qualities.find((q) => q.quality === "engagement");
    expect(engagement).toEqual({ quality: "engagement", self: 2.5, partner: null, gap: null });
    expect(scoreCheckIn(answers).largestGap).toBeNull();
  });

  it("breaks ties in favour of the earlier quality", () => {
    const answers = buildAnswers(areV1, {
      "self-accessibility": "high",
      "self-engagement": "high",
    });
    expect(scoreCheckIn(answers).largestGap).toBe("accessibility");
  });
});

describe("gapDirection", () => {
  it("treats gaps under one point as even", () => {
    expect(gapDirection(0.5)).toBe("even");
    expect(gapDirection(-0.5)).toBe("even");
    expect(gapDirection(null)).toBe("even");
    expect(gapDirection(1)).toBe("self-higher");
    expect(gapDirection(-2.5)).toBe("partner-higher");
  });
});

describe("conversationStarters", () => {
  const directions: GapDirection[] = ["self-higher", "partner-higher", "even"];

  it("offers starters for every quality and direction, with repair when the sides differ", () => {
    for (const quality of areQualities) {
      for (const direction of directions) {
        const starters = conversationStarters(quality, direction);
        expect(starters.length).toBeGreaterThanOrEqual(2);
        expect(starters.some((s) => /repair/.test(s))).toBe(direction !== "even");
        for (const starter of starters)
          expect(starter).not.toMatch(/\byou never\b|\byou always\b/i);
      }
    }
  });

  it("gives different starters for different situations", () => {
    expect(conversationStarters("accessibility", "self-higher")).not.toEqual(
      conversationStarters("accessibility", "partner-higher"),
    );
    expect(conversationStarters("accessibility", "even")).not.toEqual(
      conversationStarters("engagement", "even"),
    );
  });
});
