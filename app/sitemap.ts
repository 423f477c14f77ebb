import type { MetadataRoute } from "next";
import { getLearnPages } from "@/lib/content";
import { absoluteUrl } from "@/lib/site/url";

export default function sitemap(): MetadataRoute.Sitemap {
  const fixed = ["/", "/learn", "/reflect", "/check-in", "/support", "/privacy"].map((path) => ({
    url: absoluteUrl(path),
  }));
  const learn = getLearnPages().map((page) => ({
    url: absoluteUrl(`/learn/${page.slug}`),
    lastModified: page.lastReviewed,
  }));
  return [...fixed, ...learn];
}
