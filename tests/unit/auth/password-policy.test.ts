import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password-policy";

describe("passwordProblem (NIST SP 800-63B)", () => {
  it.each(["password", "Password1", "iloveyou", "qwertyuiop", "12345678", "sunshine1", "football"])(
    "refuses the common password %s",
    (password) => expect(passwordProblem(password)).toMatch(/too common/),
  );

  it("refuses repeated and sequential characters, the site's name and the person's own email", () => {
    expect(passwordProblem("zzzzzzzzzz")).toMatch(/too common/);
    expect(passwordProblem("abababababab")).toMatch(/too common/);
    expect(passwordProblem("lmnopqrstu")).toMatch(/too common/);
    expect(passwordProblem("SecureBase")).toMatch(/too common/);
    expect(passwordProblem("robin.hood@example.org", { email: "Robin.Hood@example.org" })).toMatch(
      /too common/,
    );
    expect(passwordProblem("robin.hood", { email: "robin.hood@example.org" })).toMatch(
      /too common/,
    );
  });

  it("needs at least 8 characters and allows up to 256", () => {
    expect(passwordProblem("k3#Vq9z")).toMatch(/at least 8/);
    expect(passwordProblem("k3#Vq9zL")).toBeNull();
    expect(passwordProblem("maple ".repeat(42) + "leaf")).toBeNull(); // 256 characters
    expect(passwordProblem("maple ".repeat(43))).toMatch(/at most 256/);
  });

  it("has no composition rules: lowercase words, spaces and any script are fine", () => {
    expect(passwordProblem("quiet harbour lantern")).toBeNull();
    expect(passwordProblem("otterbluemarble")).toBeNull();
    expect(passwordProblem("тихая гавань и фонарь")).toBeNull();
  });
});
