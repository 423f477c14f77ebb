import { z } from "zod";
import raw from "@/content/site.json";

// The deploying practice edits content/site.json; this schema catches mistakes at build time.
const siteSchema = z.object({
  name: z.string().min(1),
  tagline: z.string().min(1),
  practice: z
    .object({
      name: z.string().min(1),
      description: z.string().optional(),
      region: z.string().optional(),
      contactLabel: z.string().default("Contact the practice"),
      contactUrl: z.url(),
    })
    .nullable(),
  crisisResources: z
    .array(
      z.object({
        region: z.string(),
        label: z.string(),
        detail: z.string(),
        href: z.string().regex(/^(tel:|sms:|https:\/\/)/),
      }),
    )
    .min(1),
  emergencyNumbers: z.string(),
});

export type SiteConfig = z.infer<typeof siteSchema>;
export const site: SiteConfig = siteSchema.parse(raw);
