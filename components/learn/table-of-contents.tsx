import type { TocEntry } from "@/lib/content/markdown";

export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  const top = entries.filter((e) => e.depth === 2);
  if (top.length < 3) return null;
  return (
    <nav
      aria-label="On this page"
      className="rounded-card border border-line bg-surface p-5"
      data-print-hide
    >
      <p className="mb-2 font-semibold">On this page</p>
      <ol className="flex flex-col gap-1.5 text-base">
        {top.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
