import "server-only";
import { env } from "@/lib/env";

/** The configured public origin: canonical URLs, sitemap and Open Graph use it. */
export const siteUrl = new URL(env.SITE_URL);

export function absoluteUrl(path: string) {
  return new URL(path, siteUrl).toString();
}
