import { describe, expect, it } from "vitest";
import {
  areV1,
  attachmentV1,
  buildAnswers,
  parseFormAnswers,
  submissionSchema,
  validateSubmission,
} from "../../../lib/attachment";
import type { Answers } from "../../../lib/attachment";

function submission(answers: Record<string, unknown>, overrides: Record<string, unknown> = {}) {
  return { instrumentId: "secure-base-attachment", version: 1, answers, ...overrides };
}

function full(): Answers {
  return buildAnswers(attachmentV1, { anxiety: "high", avoidance: "low" });
}

function errorsOf(input: unknown): string[] {
  const result = validateSubmission(input);
  if (result.ok) throw new Error("expected validation to fail");
  return result.errors;
}

describe("validateSubmission", () => {
  it("accepts a complete answer set and returns a null-prototype copy", () => {
    const answers = full();
    const result = validateSubmission(submission(answers));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.instrument).toBe(attachmentV1);
    expect(Object.getPrototypeOf(result.answers)).toBeNull();
    expect({ ...result.answers }).toEqual(answers);
    expect(result.answers).not.toBe(answers);
  });

  it("accepts the A.R.E. check-in with one answer per dimension", () => {
    const answers = Object.fromEntries(areV1.items.slice(0, 6).map((item) => [item.id, 5]));
    expect(validateSubmission({ instrumentId: "are-checkin", version: 1, answers }).ok).toBe(true);
  });

  it("names unknown item ids, a few at most", () => {
    const errors = errorsOf(submission({ ...full(), "anx-99": 3, foo: 1, bar: 2, baz: 3, qux: 4 }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/"anx-99", "foo", "bar" and 2 more/);
  });

  it("rejects 0, 8 and non-whole numbers, naming the questions", () => {
    for (const bad of [0, 8, 3.5, -1, Number.NaN, "4", null]) {
      const errors = errorsOf(submission({ ...full(), "avo-01": bad }));
      // avo-01 is the second question shown
      expect(errors.join(" ")).toMatch(/whole number from 1 to 7 for question 2\b/);
    }
  });

  it("explains that an outdated version needs a fresh start", () => {
    expect(errorsOf(submission(full(), { version: 2 }))[0]).toMatch(/updated.*start again/);
  });

  it("rejects an unknown instrument", () => {
    expect(errorsOf(submission(full(), { instrumentId: "ecr-r" }))[0]).toMatch(/don't recognise/);
  });

  it("says which dimension needs more answers and how many", () => {
    const answers = full();
    for (const id of ["anx-01", "anx-02", "anx-03", "anx-04"]) delete answers[id];
    const errors = errorsOf(submission(answers));
    expect(errors).toEqual([
      "Please answer at least 11 of the 14 questions on attachment anxiety (so far: 10).",
    ]);
  });

  it("reports missing dimensions on an empty submission", () => {
    expect(errorsOf(submission({}))).toHaveLength(2);
  });

  it("refuses prototype keys without polluting anything", () => {
    const polluted = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": 1, "prototype": 2}',
    ) as Record<string, unknown>;
    const errors = errorsOf(submission({ ...full(), ...polluted }));
    expect(errors.join(" ")).toMatch(/"__proto__" is not allowed/);
    expect(errors.join(" ")).toMatch(/"constructor" is not allowed/);
    expect(errors.join(" ")).toMatch(/"prototype" is not allowed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("rejects answers whose prototype was swapped", () => {
    const sneaky = Object.assign(Object.create({ "anx-01": 7 }) as object, full());
    expect(errorsOf(submission(sneaky as Record<string, unknown>))[0]).toMatch(
      /Answers must be sent/,
    );
  });

  it("rejects a huge answers object quickly", () => {
    const huge: Record<string, number> = {};
    for (let i = 0; i < 100_000; i++) huge[`k${i}`] = 1;
    const started = performance.now();
    expect(errorsOf(submission(huge))[0]).toMatch(/Too many answers/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("never throws on malformed input", () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
        ownKeys() {
          throw new Error("boom");
        },
      },
    );
    const inputs: unknown[] = [
      undefined,
      null,
      42,
      "text",
      [],
      {},
      { instrumentId: 5, version: "1", answers: [] },
      { instrumentId: "secure-base-attachment", version: 1.5, answers: {} },
      { instrumentId: "secure-base-attachment", version: 1, answers: null },
      { instrumentId: "", version: 1, answers: {} },
      hostile,
      { instrumentId: "secure-base-attachment", version: 1, answers: hostile },
    ];
    for (const input of inputs) {
      const result = validateSubmission(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
    }
  });

  it("exposes the shape schema on its own", () => {
    expect(submissionSchema.safeParse(submission({ "anx-01": 4 })).success).toBe(true);
    expect(submissionSchema.safeParse({ instrumentId: "x" }).success).toBe(false);
  });
});

describe("parseFormAnswers", () => {
  it("reads q:<itemId> fields and ignores the rest", () => {
    const answers = parseFormAnswers(attachmentV1, [
      ["q:anx-01", "5"],
      ["q:avo-01", " 2 "],
      ["q:anx-02", ""],
      ["csrf", "abc"],
      ["instrumentId", "secure-base-attachment"],
    ]);
    expect({ ...answers }).toEqual({ "anx-01": 5, "avo-01": 2 });
  });

  it("turns bad numbers into values that validation rejects", () => {
    const form = Object.entries(full()).map(([id, value]): [string, string] => [
      `q:${id}`,
      String(value),
    ]);
    form.push(["q:anx-03", "3.5"], ["q:anx-04", "seven"]);
    const answers = parseFormAnswers(attachmentV1, form);
    expect(answers["anx-03"]).toBeNaN();
    const errors = errorsOf(submission(answers));
    expect(errors.join(" ")).toMatch(/question 5, question 7/);
  });

  it("works with FormData and keeps prototype keys inert for validation to refuse", () => {
    const form = new FormData();
    for (const [id, value] of Object.entries(full())) form.append(`q:${id}`, String(value));
    form.append("q:__proto__", "1");
    const answers = parseFormAnswers(attachmentV1, form.entries());
    expect(Object.getPrototypeOf(answers)).toBeNull();
    expect(errorsOf(submission(answers))[0]).toMatch(/"__proto__" is not allowed/);
  });

  it("stops reading after one more field than there are items", () => {
    const form: [string, string][] = [];
    for (let i = 0; i < 10_000; i++) form.push([`q:x${i}`, "1"]);
    expect(Object.keys(parseFormAnswers(attachmentV1, form))).toHaveLength(29);
  });
});
