import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site/url";

export default function robots(): MetadataRoute.Robots {
  return {
    // Personal areas have nothing for a search engine. /results itself, signed out (as a crawler
    // is), explains accounts.
    rules: { userAgent: "*", allow: "/", disallow: ["/results/", "/account", "/api/"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
