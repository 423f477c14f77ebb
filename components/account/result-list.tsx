import { patternCopy, type Pattern } from "@/lib/attachment";
import type { ResultSummary } from "@/lib/dal/results";
import { formatDateTime, formatScore, instrumentName } from "./format";

function patternName(pattern: string | null) {
  return pattern && pattern in patternCopy ? patternCopy[pattern as Pattern].name : null;
}

/**
 * The history: one entry per saved result, newest first. Plain links, not next/link: a page of
 * twenty would hydrate twenty router links and prefetch twenty private pages nobody opened.
 */
export function ResultList({ items }: { items: ResultSummary[] }) {
  return (
    <ol className="flex flex-col gap-3" aria-label="Saved results">
      {items.map((r) => {
        const pattern = patternName(r.pattern);
        return (
          <li key={r.id} className="rounded-card border border-line bg-surface p-4 sm:p-5">
            <p className="text-base text-muted">
              <time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt)}</time>
              {r.hasNote && <span> · has a note</span>}
            </p>
            <p className="text-lg font-semibold">
              <a href={`/results/${r.id}`}>{instrumentName(r.instrumentId, r.relationshipLabel)}</a>
            </p>
            {r.anxiety !== null && r.avoidance !== null && (
              <p>
                Anxiety {formatScore(r.anxiety)} · Avoidance {formatScore(r.avoidance)}
                {pattern && <> · nearest pattern: {pattern}</>}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
