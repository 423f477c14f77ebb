import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readOrCreateSecret } from "@/lib/auth/secret";

const tempFile = () =>
  path.join(mkdtempSync(path.join(tmpdir(), "sb-secret-")), "data", "auth-secret");

describe("the generated auth secret", () => {
  it("is created on first use, readable only by its owner, and the same on every later start", () => {
    const file = tempFile();
    const first = readOrCreateSecret(file);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(readOrCreateSecret(file)).toBe(first);
    expect(readFileSync(file, "utf8").trim()).toBe(first);
    expect(readOrCreateSecret(tempFile())).not.toBe(first);
  });

  it("refuses a file too short to be a secret rather than overwrite it", () => {
    const file = tempFile();
    readOrCreateSecret(file);
    writeFileSync(file, "short\n");
    expect(() => readOrCreateSecret(file)).toThrow(/fewer than 32/);
  });
});
