import { describe, expect, it } from "vitest";
import {
  attachmentV1,
  buildAnswers,
  patternCopy,
  placeAttachment,
  reflectionPrompts,
  scoreAnswers,
  scoreAttachment,
} from "../../../lib/attachment";
import type { Pattern, Placement } from "../../../lib/attachment";

const patterns: Pattern[] = ["secure", "anxious", "avoidant", "disorganized"];

function placementFor(
  anxiety: "high" | "low" | "mid",
  avoidance: "high" | "low" | "mid",
): Placement {
  return placeAttachment(
    attachmentV1,
    scoreAnswers(attachmentV1, buildAnswers(attachmentV1, { anxiety, avoidance })),
  );
}

describe("scoreAttachment", () => {
  it("returns scores, placement, quality notes and prompts as plain JSON", () => {
    const result = scoreAttachment(
      buildAnswers(attachmentV1, { anxiety: "high", avoidance: "high" }),
    );
    expect(result.instrumentId).toBe("secure-base-attachment");
    expect(result.version).toBe(1);
    expect(result.scores.anxiety?.mean).toBe(7);
    expect(result.placement.pattern).toBe("disorganized");
    expect(result.quality).toEqual([]);
    expect(result.prompts.length).toBeGreaterThanOrEqual(3);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("carries quality notices through without refusing a result", () => {
    const result = scoreAttachment(buildAnswers(attachmentV1, {}));
    expect(result.quality.map((q) => q.code)).toEqual(["same-answer-everywhere"]);
    expect(result.placement.closeToBoundary).toBe(true);
  });

  it("throws when answers were not validated", () => {
    expect(() => scoreAttachment({ "anx-01": 3 })).toThrow(/validate/);
  });
});

describe("reflectionPrompts", () => {
  it("gives three prompts that depend on the pattern", () => {
    const seen = new Set<string>();
    for (const [anxiety, avoidance] of [
      ["low", "low"],
      ["high", "low"],
      ["low", "high"],
      ["high", "high"],
    ] as const) {
      const prompts = reflectionPrompts(placementFor(anxiety, avoidance));
      expect(prompts).toHaveLength(3);
      seen.add(prompts[0] ?? "");
    }
    expect(seen.size).toBe(4);
  });

  it("adds a fourth prompt near a boundary", () => {
    const prompts = reflectionPrompts(placementFor("mid", "mid"));
    expect(prompts).toHaveLength(4);
    expect(prompts[3]).toMatch(/middle of the scale/);
  });
});

describe("patternCopy", () => {
  it("describes each pattern tentatively, never as a label", () => {
    for (const pattern of patterns) {
      const copy = patternCopy[pattern];
      expect(copy.short).toMatch(/^Your answers lean toward/);
      expect(copy.whatHelps.length).toBeGreaterThanOrEqual(3);
      const all = [copy.short, copy.oftenFeels, ...copy.whatHelps].join(" ");
      expect(all).not.toMatch(/\byou are (an? )?(secure|anxious|avoidant|disorganized)\b/i);
    }
  });

  it("presents insecure patterns as protective strategies", () => {
    for (const pattern of ["anxious", "avoidant", "disorganized"] as const) {
      expect(patternCopy[pattern].oftenFeels + patternCopy[pattern].whatHelps.join(" ")).toMatch(
        /protect/,
      );
    }
  });
});
