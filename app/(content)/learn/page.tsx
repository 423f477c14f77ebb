import type { Metadata } from "next";
import Link from "next/link";
import { getLearnPages } from "@/lib/content";

export const metadata: Metadata = {
  title: "Learn",
  description:
    "Readings on emotional safety, the four attachment patterns, secure relationships and building security with yourself.",
  alternates: { canonical: "/learn" },
};

const groups = [
  { title: "Foundations", orders: [1, 2, 3, 4] },
  { title: "The four patterns", orders: [5, 6, 7, 8] },
  { title: "Support and sources", orders: [9, 10] },
];

export default function LearnIndexPage() {
  const pages = getLearnPages();
  return (
    <div className="flex flex-col gap-10">
      <header className="flex max-w-3xl flex-col gap-3">
        <h1 className="text-3xl font-bold">Learn</h1>
        <p className="text-lg text-muted">
          What emotional safety is, how attachment patterns form and change, and what secure love
          looks like, in or out of a relationship. Each reading takes a few minutes.
        </p>
      </header>
      {groups.map((group) => {
        const inGroup = pages.filter((p) => group.orders.includes(p.order));
        if (!inGroup.length) return null;
        return (
          <section
            key={group.title}
            aria-labelledby={`group-${group.orders[0]}`}
            className="flex flex-col gap-4"
          >
            <h2 id={`group-${group.orders[0]}`} className="text-2xl font-bold">
              {group.title}
            </h2>
            <ul className="grid gap-4 md:grid-cols-2">
              {inGroup.map((page) => (
                <li key={page.slug} className="rounded-card border border-line bg-surface p-5">
                  <h3 className="text-lg font-bold">
                    <Link href={`/learn/${page.slug}`}>{page.title}</Link>
                  </h3>
                  <p className="mt-1 text-muted">{page.summary}</p>
                  <p className="mt-2 text-base text-muted">{page.readingMinutes} min read</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
