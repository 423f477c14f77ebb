import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { ThemeScript } from "@/components/layout/theme-script";
import { SkipLink } from "@/components/ui/skip-link";
import { site } from "@/lib/site/config";
import { siteUrl } from "@/lib/site/url";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: siteUrl,
  title: {
    default: `${site.name}: emotional safety and attachment`,
    template: `%s · ${site.name}`,
  },
  description:
    "Learn what makes a relationship emotionally secure, reflect on your own attachment patterns, and keep your reflections private.",
  applicationName: site.name,
  openGraph: { siteName: site.name, type: "website", locale: "en" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbf8f3" },
    { media: "(prefers-color-scheme: dark)", color: "#171412" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="flex min-h-dvh flex-col">
        <SkipLink />
        <SiteHeader />
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto focus:outline-none w-full max-w-5xl flex-1 px-4 py-8 sm:py-12"
        >
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
