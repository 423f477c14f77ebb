import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { bibliographyHtml, shortCitation } from "./bibliography";
import { escapeHtml } from "./html";
import { renderMarkdown, type TocEntry } from "./markdown";
import { bibliographySchema, frontmatterSchema, type Frontmatter, type Reference } from "./schema";

export type LearnPage = Frontmatter & {
  slug: string;
  html: string;
  toc: TocEntry[];
  readingMinutes: number;
  citedReferences: Reference[];
};

export type PracticeDetails = {
  name: string;
  description?: string;
  region?: string;
  contactLabel: string;
  contactUrl: string;
} | null;

type Options = { dir: string; bibliographyFile: string; practice: PracticeDetails };

/** Raised when content is invalid; the message names the file so the build log points at it. */
export class ContentError extends Error {}

function fail(file: string, problems: string[]): never {
  throw new ContentError(`Invalid content in ${file}:\n  - ${problems.join("\n  - ")}`);
}

function splitFrontmatter(file: string, source: string) {
  const match = source.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/);
  if (!match) fail(file, ["missing the --- frontmatter block at the top"]);
  try {
    return { data: parseYaml(match[1] ?? "") as unknown, body: match[2] ?? "" };
  } catch (e) {
    fail(file, [`frontmatter is not valid YAML: ${(e as Error).message}`]);
  }
}

export function loadBibliography(file: string): Reference[] {
  const parsed = bibliographySchema.safeParse(parseYaml(readFileSync(file, "utf8")));
  if (!parsed.success) fail(file, [z.prettifyError(parsed.error)]);
  const keys = parsed.data.map((r) => r.key);
  const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
  if (dupes.length) fail(file, [`duplicate keys: ${dupes.join(", ")}`]);
  return parsed.data;
}

function practiceHtml(practice: PracticeDetails) {
  if (!practice) return "";
  const region = practice.region ? ` <span>(${escapeHtml(practice.region)})</span>` : "";
  const description = practice.description ? `<p>${escapeHtml(practice.description)}</p>` : "";
  return `<aside class="callout callout-note" aria-label="The practice that runs this site"><p class="callout-title">${escapeHtml(practice.name)}${region}</p>${description}<p><a href="${escapeHtml(practice.contactUrl)}">${escapeHtml(practice.contactLabel)}</a></p></aside>`;
}

/**
 * Reads, validates and renders every page in `dir`. Throws a ContentError naming the file for a
 * missing or malformed field, an unknown reference key or a broken internal link.
 */
export function loadLearnPages({ dir, bibliographyFile, practice }: Options): LearnPage[] {
  const bibliography = loadBibliography(bibliographyFile);
  const byKey = new Map(bibliography.map((r) => [r.key, r]));
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort();
  const slugs = new Set(files.map((f) => f.replace(/\.md$/, "")));

  const pages = files.map((name): LearnPage => {
    const file = path.join(dir, name);
    const slug = name.replace(/\.md$/, "");
    const { data, body } = splitFrontmatter(file, readFileSync(file, "utf8"));
    const parsed = frontmatterSchema.safeParse(data);
    if (!parsed.success) fail(file, [z.prettifyError(parsed.error)]);
    const fm = parsed.data;

    const problems: string[] = [];
    for (const key of fm.references) {
      if (!byKey.has(key)) problems.push(`unknown reference key "${key}" in frontmatter`);
    }
    for (const rel of fm.related) {
      if (!slugs.has(rel)) problems.push(`related page "${rel}" does not exist`);
    }
    const cited = new Set<string>();
    const withCitations = body.replace(/\[@([a-z0-9]+)\]/g, (_, key: string) => {
      const ref = byKey.get(key);
      if (!ref) {
        problems.push(`unknown reference key "${key}" in a citation`);
        return "";
      }
      if (!fm.references.includes(key))
        problems.push(`cites "${key}" but frontmatter references omit it`);
      cited.add(key);
      return `<sup class="citation"><a href="/learn/references#ref-${key}">source<span class="sr-only">: ${escapeHtml(shortCitation(ref))}</span></a></sup>`;
    });
    // Citations are the one piece of HTML we insert ourselves; protect them from the raw-HTML rule.
    const placeholders: string[] = [];
    const protectedBody = withCitations.replace(/<sup class="citation">[\s\S]*?<\/sup>/g, (m) => {
      placeholders.push(m);
      return `CITATION${placeholders.length - 1}END`;
    });
    const rendered = renderMarkdown(protectedBody, slugs);
    problems.push(...rendered.problems);
    if (problems.length) fail(file, problems);

    const html = rendered.html
      .replace(/CITATION(\d+)END/g, (_, i: string) => placeholders[Number(i)] ?? "")
      .replace("<p>::bibliography::</p>", bibliographyHtml(bibliography))
      .replace("<p>::practice::</p>", practiceHtml(practice));
    const words = body.split(/\s+/).filter(Boolean).length;
    return {
      ...fm,
      slug,
      html,
      toc: rendered.toc,
      readingMinutes: Math.max(1, Math.round(words / 220)),
      citedReferences: fm.references.map((k) => byKey.get(k)).filter((r): r is Reference => !!r),
    };
  });

  const orders = pages.map((p) => p.order);
  const clash = pages.find((p, i) => orders.indexOf(p.order) !== i);
  if (clash) fail(path.join(dir, `${clash.slug}.md`), [`order ${clash.order} is used twice`]);
  return pages.sort((a, b) => a.order - b.order);
}
