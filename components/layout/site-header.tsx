import Link from "next/link";

const links = [
  { href: "/learn", label: "Learn" },
  { href: "/reflect", label: "Reflect" },
  { href: "/results", label: "My results" },
  { href: "/sign-in", label: "Sign in" },
];

/**
 * The site's header. Its links do not prefetch: on every page view that would be ten requests
 * for pages the person may never open, on a phone's data plan. "Get support now" does, so the
 * crisis resources open at once.
 */
export function SiteHeader() {
  return (
    <header data-site-header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link
          href="/"
          prefetch={false}
          className="flex min-h-11 items-center gap-2 text-lg font-bold text-ink no-underline"
        >
          <svg aria-hidden="true" viewBox="0 0 64 64" className="size-8">
            <rect width="64" height="64" rx="14" fill="var(--color-accent)" />
            <path
              d="M32 50c-9-6.5-16-12.4-16-20.2C16 24.6 19.9 21 24.6 21c3.2 0 5.8 1.8 7.4 4.3 1.6-2.5 4.2-4.3 7.4-4.3 4.7 0 8.6 3.6 8.6 8.8C48 37.6 41 43.5 32 50z"
              fill="var(--color-paper)"
            />
          </svg>
          Secure Base
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap items-center gap-x-1 gap-y-1">
            {links.map((link) => (
              <li key={link.href}>
                <Link
                  href={link.href}
                  prefetch={false}
                  className="inline-flex min-h-11 items-center rounded-full px-3 font-medium text-ink no-underline hover:bg-sunken"
                >
                  {link.label}
                </Link>
              </li>
            ))}
            <li>
              <Link
                href="/support"
                className="inline-flex min-h-11 items-center rounded-full px-3 font-semibold text-clay no-underline hover:bg-clay-soft"
              >
                Get support now
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
