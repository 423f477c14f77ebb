import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ContentError, loadLearnPages } from "@/lib/content/learn";

// Each case copies the real content, breaks one page, and expects the error to name that file.
let dir: string;
let learnDir: string;
const load = () =>
  loadLearnPages({
    dir: learnDir,
    bibliographyFile: path.join(dir, "bibliography.yaml"),
    practice: null,
  });

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "secure-base-content-"));
  learnDir = path.join(dir, "learn");
  cpSync(path.join(process.cwd(), "content", "learn"), learnDir, { recursive: true });
  cpSync(
    path.join(process.cwd(), "content", "bibliography.yaml"),
    path.join(dir, "bibliography.yaml"),
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function edit(slug: string, change: (source: string) => string) {
  const file = path.join(learnDir, `${slug}.md`);
  const before = readFileSync(file, "utf8");
  const after = change(before);
  expect(after, "the edit should change the file").not.toBe(before);
  writeFileSync(file, after);
  return file;
}

function expectContentError(file: string, problem: RegExp) {
  let error: unknown;
  try {
    load();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ContentError);
  const message = (error as Error).message;
  expect(message).toContain(file);
  expect(message).toMatch(problem);
}

describe("loadLearnPages rejects broken content, naming the file", () => {
  it("loads the unbroken copy", () => {
    expect(load().length).toBeGreaterThan(0);
  });

  it("a missing title", () => {
    const file = edit("emotional-security", (s) => s.replace(/^title: .*\n/m, ""));
    expectContentError(file, /title/);
  });

  it("a lastReviewed that is not a YYYY-MM-DD date", () => {
    const file = edit("secure-pattern", (s) =>
      s.replace(/^lastReviewed: .*$/m, "lastReviewed: 29/11/2026"),
    );
    expectContentError(file, /must be a date[\s\S]*lastReviewed/);
  });

  it("an unknown reference key in the frontmatter", () => {
    const file = edit("anxious-pattern", (s) =>
      s.replace(/^references: \[/m, "references: [nobody2020, "),
    );
    expectContentError(file, /unknown reference key "nobody2020" in frontmatter/);
  });

  it("an unknown [@key] citation in the body", () => {
    const file = edit("avoidant-pattern", (s) => `${s}\nAs someone once wrote [@ghost1999].\n`);
    expectContentError(file, /unknown reference key "ghost1999" in a citation/);
  });

  it("a citation whose key the frontmatter does not list", () => {
    const file = edit(
      "secure-relationship",
      (s) => `${s}\nAttachment theory [@bartholomew1991].\n`,
    );
    expectContentError(file, /cites "bartholomew1991" but frontmatter references omit it/);
  });

  it("a link to a Learn page that does not exist", () => {
    const file = edit("understanding-attachment", (s) => `${s}\nRead [more](/learn/nope).\n`);
    expectContentError(file, /broken internal link "\/learn\/nope"/);
  });

  it("a link to an app route that does not exist", () => {
    const file = edit("find-support", (s) => `${s}\nSee [settings](/settings).\n`);
    expectContentError(file, /broken internal link "\/settings"/);
  });

  it("raw HTML in the body", () => {
    const file = edit("disorganized-pattern", (s) => `${s}\n<div class="x">Hello</div>\n`);
    expectContentError(file, /raw HTML is not allowed/);
  });

  it("raw inline HTML in a paragraph", () => {
    const file = edit("secure-pattern", (s) => `${s}\nSome <script>alert(1)</script> text.\n`);
    expectContentError(file, /raw HTML is not allowed/);
  });

  it("a # heading", () => {
    const file = edit("security-starts-with-you", (s) => `${s}\n# A second title\n`);
    expectContentError(file, /only ## and ### headings/);
  });

  it("a related page that does not exist", () => {
    const file = edit("secure-pattern", (s) =>
      s.replace(/^related: \[/m, "related: [no-such-page, "),
    );
    expectContentError(file, /related page "no-such-page" does not exist/);
  });

  it("a file with no frontmatter", () => {
    const file = path.join(learnDir, "stray.md");
    writeFileSync(file, "## Just a heading\n");
    expectContentError(file, /frontmatter/);
  });
});
