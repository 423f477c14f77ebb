import { describe, expect, it } from "vitest";
import { attachmentV1, compareResults, reliableChange } from "../../../lib/attachment";

const params = { sd: 1.1, reliability: 0.85, source: "psychometrics.md example" };

describe("reliableChange", () => {
  it("matches the worked example: about 1.18 points for SD 1.1 and reliability .85", () => {
    // SEM = 0.42603, S_diff = sqrt(2) * SEM = 0.60250, threshold = 1.96 * S_diff = 1.1809
    const change = reliableChange(params, 3, 4.5);
    expect(change.sDiff).toBeCloseTo(0.6025, 4);
    expect(change.threshold).toBeCloseTo(1.18, 2);
    expect(change.difference).toBe(1.5);
    expect(change.rci).toBeCloseTo(1.5 / 0.6025, 3); // 2.49
    expect(change.reliable).toBe(true);
    expect(change.direction).toBe("up");
  });

  it("treats a change smaller than the threshold as not reliable", () => {
    const change = reliableChange(params, 4, 3);
    expect(change.rci).toBeCloseTo(-1.66, 2);
    expect(change.reliable).toBe(false);
    expect(change.direction).toBe("none");
  });

  it("reports a reliable drop as down", () => {
    expect(reliableChange(params, 6, 4).direction).toBe("down");
  });

  it("needs |RCI| strictly above 1.96", () => {
    const { threshold } = reliableChange(params, 0, 0);
    expect(reliableChange(params, 2, 2 + threshold * 0.999).reliable).toBe(false);
    expect(reliableChange(params, 2, 2 + threshold * 1.001).reliable).toBe(true);
  });
});

describe("compareResults", () => {
  it("compares every dimension present in both results", () => {
    const changes = compareResults(
      attachmentV1,
      { anxiety: 5.5, avoidance: 3 },
      { anxiety: 4, avoidance: 3.5 },
    );
    expect(changes.anxiety).toMatchObject({
      dimension: "anxiety",
      difference: -1.5,
      reliable: true,
      direction: "down",
    });
    expect(changes.avoidance).toMatchObject({
      dimension: "avoidance",
      difference: 0.5,
      reliable: false,
      direction: "none",
    });
  });

  it("leaves out dimensions missing or not finite on either side", () => {
    const changes = compareResults(
      attachmentV1,
      { anxiety: 5 },
      { anxiety: 5, avoidance: Number.NaN },
    );
    expect(Object.keys(changes)).toEqual(["anxiety"]);
  });
});
