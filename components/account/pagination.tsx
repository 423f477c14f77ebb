import Link from "next/link";

/** Previous / next links for ?page=, with the position in words. */
export function Pagination({
  page,
  pageCount,
  basePath,
}: {
  page: number;
  pageCount: number;
  basePath: string;
}) {
  if (pageCount <= 1) return null;
  const href = (p: number) => (p === 1 ? basePath : `${basePath}?page=${p}`);
  return (
    <nav
      aria-label="Pages of results"
      className="flex flex-wrap items-center justify-between gap-3"
    >
      {page > 1 ? (
        <Link
          href={href(page - 1)}
          rel="prev"
          className="inline-flex min-h-11 items-center font-semibold"
        >
          ← Newer results
        </Link>
      ) : (
        <span />
      )}
      <p aria-current="page">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link
          href={href(page + 1)}
          rel="next"
          className="inline-flex min-h-11 items-center font-semibold"
        >
          Older results →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
