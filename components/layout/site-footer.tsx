import Link from "next/link";
import { ThemeSelect } from "./theme-select";

export function SiteFooter() {
  return (
    <footer data-site-footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-8 text-base text-muted">
        <p className="max-w-prose">
          <strong className="text-ink">Reflection, not diagnosis.</strong> Secure Base helps you
          think about closeness and safety in relationships. It cannot assess or treat anyone. If
          you are struggling or unsafe, please{" "}
          <Link href="/support" className="font-semibold">
            get support now
          </Link>
          .
        </p>
        <div className="flex flex-wrap items-center justify-between gap-4">
          <nav aria-label="Footer">
            <ul className="flex flex-wrap gap-x-5 gap-y-2">
              <li>
                <Link href="/support">Get support now</Link>
              </li>
              <li>
                <Link href="/learn/find-support">Find a therapist</Link>
              </li>
              <li>
                <Link href="/privacy">Privacy</Link>
              </li>
              <li>
                <Link href="/learn/references">References</Link>
              </li>
            </ul>
          </nav>
          <ThemeSelect />
        </div>
      </div>
    </footer>
  );
}
