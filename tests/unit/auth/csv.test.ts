import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/dal/csv";

describe("CSV export cells", () => {
  it("quote commas, quotes and line breaks as RFC 4180 asks", () => {
    expect(csvCell('a "b", c\nd')).toBe('"a ""b"", c\nd"');
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(null)).toBe("");
    expect(csvCell(3.5)).toBe("3.5");
  });

  it("defuse text that a spreadsheet would run as a formula", () => {
    for (const text of ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1"])
      expect(csvCell(text).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell(-1.5)).toBe("-1.5"); // numbers stay numbers
  });

  it("joins rows with CRLF after a header", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          [1, "x"],
          [null, "y,z"],
        ],
      ),
    ).toBe('a,b\r\n1,x\r\n,"y,z"\r\n');
  });
});
