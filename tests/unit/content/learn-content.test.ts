import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLearnPages } from "@/lib/content/learn";
import { site } from "@/lib/site/config";

const root = process.cwd();
const options = {
  dir: path.join(root, "content", "learn"),
  bibliographyFile: path.join(root, "content", "bibliography.yaml"),
};
const pages = loadLearnPages({ ...options, practice: site.practice });

/** The source article's headings that content/README.md maps to pages (first column of its table). */
function mappedArticleHeadings() {
  const readme = readFileSync(path.join(root, "content", "README.md"), "utf8");
  const section = readme.split(/^## Source article sections.*$/m)[1] ?? "";
  return section
    .split("\n")
    .filter((line) => line.startsWith("|") && !/^\|\s*(-|article section)/.test(line))
    .map((line) => line.split("|")[1]?.trim() ?? "")
    .map((cell) => cell.replace(/\s*\([^)]*\)$/, ""))
    .flatMap((cell) => cell.split(" / "))
    .map((heading) => heading.trim());
}

// The source article lives in the shared folder beside the repository (as in CI), not in it.
const articleCandidates = [
  process.env.ARTICLE_FILE,
  path.join(root, "..", "shared", "source", "emotional-safety-article.txt"),
  "/work/shared/source/emotional-safety-article.txt",
].filter((f): f is string => !!f);
const articleFile = articleCandidates.find((f) => existsSync(f));
if (!articleFile) {
  throw new Error(
    `Source article not found; set ARTICLE_FILE. Looked in:\n  ${articleCandidates.join("\n  ")}`,
  );
}
const articleLines = new Set(
  readFileSync(articleFile, "utf8")
    .split("\n")
    .map((line) => line.trim()),
);

describe("the real content", () => {
  it("loads every page in content/learn, in a unique reading order", () => {
    const files = readdirSync(options.dir).filter((f) => f.endsWith(".md"));
    expect(pages.map((p) => p.slug).sort()).toEqual(
      files.map((f) => path.basename(f, ".md")).sort(),
    );
    expect(new Set(pages.map((p) => p.order)).size).toBe(pages.length);
  });

  it("covers every article section that content/README.md maps", () => {
    const mapped = mappedArticleHeadings();
    expect(mapped).toEqual(
      expect.arrayContaining([
        "What Is Emotional Security?",
        "Understanding Attachment: why it matters in your relationships",
        "What a Secure Relationship actually Looks Like",
        "Security starts with you, too — even in an ongoing relationship",
      ]),
    );
    const covered = new Set(pages.flatMap((p) => p.articleSections));
    expect(mapped.filter((heading) => !covered.has(heading))).toEqual([]);
  });

  it("names only headings that exist in the source article, exactly as written", () => {
    const named = [...mappedArticleHeadings(), ...pages.flatMap((p) => p.articleSections)];
    expect(named.filter((heading) => !articleLines.has(heading))).toEqual([]);
  });

  it("links every citation to an entry on the References page", () => {
    const references = pages.find((p) => p.slug === "references");
    expect(references).toBeDefined();
    const anchors = new Set(
      [...references!.html.matchAll(/id="ref-([a-z0-9]+)"/g)].map((m) => m[1]),
    );

    let citations = 0;
    for (const page of pages) {
      const hrefs = [...page.html.matchAll(/href="\/learn\/references#ref-([a-z0-9]+)"/g)];
      citations += hrefs.length;
      const missing = hrefs.map((m) => m[1]).filter((key) => !anchors.has(key));
      expect(missing, `${page.slug} cites keys with no reference entry`).toEqual([]);
      for (const ref of page.citedReferences) expect(anchors.has(ref.key)).toBe(true);
    }
    expect(citations).toBeGreaterThan(5);
  });

  it("replaces the placeholders, and shows the practice only when one is configured", () => {
    expect(pages.some((p) => p.html.includes("::"))).toBe(false);
    const practice = {
      name: "Harbour Couples Therapy",
      contactLabel: "Book a consultation",
      contactUrl: "https://example.org/book",
    };
    const withPractice = loadLearnPages({ ...options, practice });
    const findSupport = withPractice.find((p) => p.slug === "find-support");
    expect(findSupport?.html).toContain("Harbour Couples Therapy");
    expect(findSupport?.html).toContain('href="https://example.org/book"');
    const withoutPractice = loadLearnPages({ ...options, practice: null });
    const plain = withoutPractice.find((p) => p.slug === "find-support")?.html;
    expect(plain).toBeDefined();
    expect(plain).not.toContain("The practice that runs this site");
  });
});
