import Link from "next/link";
import type { LearnPage } from "@/lib/content";

type Props = { related: LearnPage[]; previous?: LearnPage; next?: LearnPage };

export function LearnPageFooter({ related, previous, next }: Props) {
  return (
    <div className="flex flex-col gap-8" data-print-hide>
      {related.length > 0 && (
        <section aria-labelledby="related-title">
          <h2 id="related-title" className="text-xl font-bold">
            Related readings
          </h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {related.map((page) => (
              <li key={page.slug} className="rounded-card border border-line bg-surface p-4">
                <Link href={`/learn/${page.slug}`} className="font-semibold">
                  {page.title}
                </Link>
                <p className="mt-1 text-base text-muted">{page.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <nav
        aria-label="Previous and next reading"
        className="flex flex-wrap justify-between gap-4 border-t border-line pt-6"
      >
        {previous ? (
          <Link href={`/learn/${previous.slug}`} className="flex flex-col">
            <span className="text-base text-muted">Previous</span>
            <span className="font-semibold">{previous.title}</span>
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link href={`/learn/${next.slug}`} className="flex flex-col text-right">
            <span className="text-base text-muted">Next</span>
            <span className="font-semibold">{next.title}</span>
          </Link>
        )}
      </nav>
    </div>
  );
}
