import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lowercase-hyphenated slug");

/** Frontmatter every page in content/learn must carry. */
export const frontmatterSchema = z.strictObject({
  title: z.string().min(3),
  summary: z.string().min(20).max(170),
  order: z.number().int().positive(),
  related: z.array(slug),
  references: z.array(z.string()),
  // The yaml parser may give a date string or a Date; either is normalised to YYYY-MM-DD.
  lastReviewed: z.preprocess(
    (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2026-01-31"),
  ),
  source: z.string().min(10),
  articleSections: z.array(z.string()).min(1),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;

export const bibliographySchema = z
  .array(
    z.strictObject({
      key: z.string().regex(/^[a-z]+\d{4}[a-z]?$/),
      authors: z.string(),
      year: z.number().int(),
      title: z.string(),
      container: z.string().optional(),
      publisher: z.string().optional(),
      pages: z.string().optional(),
      note: z.string().optional(),
      inArticleList: z.boolean(),
    }),
  )
  .min(1);

export type Reference = z.infer<typeof bibliographySchema>[number];
