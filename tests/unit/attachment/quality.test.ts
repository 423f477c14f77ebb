import { describe, expect, it } from "vitest";
import { attachmentV1, buildAnswers, checkAnswerQuality } from "../../../lib/attachment";
import type { Answers } from "../../../lib/attachment";

// Varied answers that agree with themselves: anxiety keyed 5 or 6, avoidance keyed 2 or 3.
function variedConsistent(): Answers {
  const answers: Answers = {};
  attachmentV1.items.forEach((item, i) => {
    const keyed = item.dimension === "anxiety" ? 5 + (i % 2) : 2 + (Math.floor(i / 2) % 2);
    answers[item.id] = item.reverse ? 8 - keyed : keyed;
  });
  return answers;
}

describe("checkAnswerQuality", () => {
  it("notices the same answer everywhere, once, and gently", () => {
    const answers: Answers = {};
    for (const item of attachmentV1.items) answers[item.id] = 5;
    const notices = checkAnswerQuality(attachmentV1, answers);
    expect(notices.map((n) => n.code)).toEqual(["same-answer-everywhere"]);
    expect(notices[0]?.message).toMatch(/you may want to look over your answers/);
  });

  it("notices a run of 10 identical answers in presentation order", () => {
    const answers = variedConsistent();
    for (const item of attachmentV1.items.slice(4, 14)) answers[item.id] = 4; // 4 appears nowhere else
    expect(checkAnswerQuality(attachmentV1, answers).map((n) => n.code)).toContain("long-run");
  });

  it("does not count a run of 9", () => {
    const answers = variedConsistent();
    for (const item of attachmentV1.items.slice(4, 13)) answers[item.id] = 4;
    expect(checkAnswerQuality(attachmentV1, answers).map((n) => n.code)).not.toContain("long-run");
  });

  it("notices disagreement on two consistency pairs, but not on one", () => {
    const answers = variedConsistent();
    answers["anx-05"] = 6;
    answers["anx-12"] = 7; // reverse: keyed 1, gap 5
    expect(checkAnswerQuality(attachmentV1, answers)).toEqual([]);
    answers["avo-02"] = 1;
    answers["avo-07"] = 1; // reverse: keyed 7, gap 6
    expect(checkAnswerQuality(attachmentV1, answers).map((n) => n.code)).toEqual(["inconsistent"]);
  });

  it("finds nothing in varied, consistent answers", () => {
    expect(checkAnswerQuality(attachmentV1, variedConsistent())).toEqual([]);
  });

  it("finds nothing in strongly patterned but consistent answers", () => {
    for (const anxiety of ["high", "low"] as const) {
      for (const avoidance of ["high", "low"] as const) {
        const answers = buildAnswers(attachmentV1, { anxiety, avoidance });
        expect(checkAnswerQuality(attachmentV1, answers), `${anxiety}/${avoidance}`).toEqual([]);
      }
    }
  });

  it("skips unanswered items rather than failing on them", () => {
    const answers = variedConsistent();
    delete answers["anx-05"];
    expect(checkAnswerQuality(attachmentV1, answers)).toEqual([]);
  });
});
