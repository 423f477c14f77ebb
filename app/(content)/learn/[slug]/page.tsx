import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LearnPageFooter } from "@/components/learn/page-footer";
import { TableOfContents } from "@/components/learn/table-of-contents";
import { Callout } from "@/components/ui/callout";
import { getLearnPage, getLearnPages } from "@/lib/content";
import { site } from "@/lib/site/config";
import { absoluteUrl } from "@/lib/site/url";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getLearnPages().map((page) => ({ slug: page.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = getLearnPage((await params).slug);
  if (!page) return {};
  return {
    title: page.title,
    description: page.summary,
    alternates: { canonical: `/learn/${page.slug}` },
    openGraph: {
      type: "article",
      title: page.title,
      description: page.summary,
      url: `/learn/${page.slug}`,
    },
  };
}

export default async function LearnArticlePage({ params }: Props) {
  const { slug } = await params;
  const page = getLearnPage(slug);
  if (!page) notFound();
  const pages = getLearnPages();
  const index = pages.findIndex((p) => p.slug === slug);
  const related = page.related
    .map((s) => pages.find((p) => p.slug === s))
    .filter((p) => p !== undefined);
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: page.title,
    description: page.summary,
    dateModified: page.lastReviewed,
    mainEntityOfPage: absoluteUrl(`/learn/${page.slug}`),
    publisher: { "@type": "Organization", name: site.name },
    isBasedOn: "What Makes a Relationship Emotionally Secure? by DesiRae",
  };

  return (
    <article className="flex flex-col gap-8">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }}
      />
      <header className="flex max-w-3xl flex-col gap-3">
        <p className="text-base">
          <Link href="/learn">Learn</Link>
        </p>
        <h1 className="text-3xl font-bold">{page.title}</h1>
        <p className="text-lg text-muted">{page.summary}</p>
        <p className="text-base text-muted">
          {page.readingMinutes} min read · Last reviewed{" "}
          <time dateTime={page.lastReviewed}>
            {new Date(`${page.lastReviewed}T00:00:00Z`).toLocaleDateString("en", {
              year: "numeric",
              month: "long",
              day: "numeric",
              timeZone: "UTC",
            })}
          </time>
        </p>
        <p className="text-base text-muted">{page.source}</p>
      </header>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <div className="flex flex-col gap-10">
          <div className="prose" dangerouslySetInnerHTML={{ __html: page.html }} />
          {page.slug !== "references" && (
            <Callout tone="reflect" title="Take the reflection" className="max-w-[68ch]">
              <p>
                Curious where you stand? The <Link href="/reflect">attachment reflection</Link>{" "}
                takes about five minutes, and your answers stay on this device unless you save them.
              </p>
            </Callout>
          )}
          <LearnPageFooter related={related} previous={pages[index - 1]} next={pages[index + 1]} />
        </div>
        <div className="order-first lg:order-none">
          <div className="lg:sticky lg:top-6">
            <TableOfContents entries={page.toc} />
          </div>
        </div>
      </div>
    </article>
  );
}
