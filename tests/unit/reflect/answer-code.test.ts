import { describe, expect, it } from "vitest";
import { areV1, attachmentV1, buildAnswers } from "@/lib/attachment";
import { decodeAnswers, decodePartial, encodeAnswers } from "@/lib/reflect/answer-code";

describe("answer codes kept on the device", () => {
  it("round-trips a full set of answers", () => {
    const answers = buildAnswers(attachmentV1, { anxiety: "high", avoidance: "low" });
    const code = encodeAnswers(attachmentV1, answers);
    expect(code).toMatch(/^secure-base-attachment~1~[1-7]{28}$/);
    expect({ ...decodeAnswers(code)?.answers }).toEqual({ ...answers });
  });

  it("keeps skipped items as gaps and still decodes partial answers", () => {
    const code = encodeAnswers(attachmentV1, { "anx-01": 5, "avo-01": 2 });
    const partial = decodePartial(code);
    expect({ ...partial?.answers }).toEqual({ "anx-01": 5, "avo-01": 2 });
    // Two answers are far below the minimum, so it is not a result.
    expect(decodeAnswers(code)).toBeNull();
  });

  it("rejects tampered codes", () => {
    const digits = "4".repeat(attachmentV1.items.length);
    expect(decodeAnswers(`secure-base-attachment~2~${digits}`)).toBeNull();
    expect(decodeAnswers(`secure-base-attachment~1~${digits}4`)).toBeNull();
    expect(decodeAnswers(`unknown~1~${digits}`)).toBeNull();
    expect(decodeAnswers(`secure-base-attachment~1~${"9".repeat(28)}`)).toBeNull();
    expect(decodeAnswers("__proto__~1~4")).toBeNull();
    expect(decodeAnswers(undefined)).toBeNull();
  });

  it("works for the check-in instrument too", () => {
    const answers = buildAnswers(areV1, {});
    expect(decodeAnswers(encodeAnswers(areV1, answers))?.instrument.id).toBe("are-checkin");
  });
});
