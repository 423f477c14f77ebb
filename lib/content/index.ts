import "server-only";
import path from "node:path";
import { cache } from "react";
import { site } from "@/lib/site/config";
import { loadLearnPages, type LearnPage } from "./learn";

export type { LearnPage };

const root = process.cwd();

/** All Learn pages in reading order, validated; read once per build or server process. */
export const getLearnPages = cache(() =>
  loadLearnPages({
    dir: path.join(root, "content", "learn"),
    bibliographyFile: path.join(root, "content", "bibliography.yaml"),
    practice: site.practice,
  }),
);

export function getLearnPage(slug: string) {
  return getLearnPages().find((p) => p.slug === slug);
}
