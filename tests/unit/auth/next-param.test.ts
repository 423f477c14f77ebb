import { describe, expect, it } from "vitest";
import { safeNext, withNext } from "@/lib/auth/next-param";

describe("safeNext", () => {
  it("keeps same-site relative paths with their query and fragment", () => {
    expect(safeNext("/results/save")).toBe("/results/save");
    expect(safeNext("/results?page=2#history")).toBe("/results?page=2#history");
  });

  it.each([
    "https://evil.example/",
    "//evil.example/path",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "results",
    "/\t/evil.example",
    "",
    undefined,
    null,
    42,
    `/${"a".repeat(600)}`,
  ])("falls back to /results for %j", (raw) => {
    expect(safeNext(raw)).toBe("/results");
  });

  it("normalises dot segments without leaving the site", () => {
    expect(safeNext("/a/../../results")).toBe("/results");
  });
});

describe("withNext", () => {
  it("adds a safe next and drops an unsafe or default one", () => {
    expect(withNext("/sign-in", "/results/save")).toBe("/sign-in?next=%2Fresults%2Fsave");
    expect(withNext("/sign-in", "//evil.example")).toBe("/sign-in");
    expect(withNext("/sign-in", "/results")).toBe("/sign-in");
    expect(withNext("/sign-in", undefined)).toBe("/sign-in");
  });
});
