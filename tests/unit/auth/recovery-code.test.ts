import { describe, expect, it } from "vitest";
import {
  generateRecoveryCode,
  hashRecoveryCode,
  normalizeRecoveryCode,
} from "@/lib/auth/recovery-code.mjs";

describe("recovery codes", () => {
  it("look like XXXX-XXXX-XXXX without easily confused letters, and rarely repeat", () => {
    const codes = Array.from({ length: 500 }, generateRecoveryCode);
    for (const code of codes)
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(new Set(codes).size).toBe(500);
  });

  it("hash the same however they are typed, and differently from other codes", () => {
    const code = "7KQ2-M9XD-3T4F";
    expect(hashRecoveryCode("7kq2 m9xd 3t4f")).toBe(hashRecoveryCode(code));
    expect(hashRecoveryCode("7KQ2M9XD3T4F")).toBe(hashRecoveryCode(code));
    expect(normalizeRecoveryCode("ol1i-")).toBe("0111");
    expect(hashRecoveryCode("7KQ2-M9XD-3T4G")).not.toBe(hashRecoveryCode(code));
    expect(hashRecoveryCode(code)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode(code)).not.toContain("7KQ2");
  });
});
