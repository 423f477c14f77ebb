// Only here: reading pages are prerendered, so this shows on client-side navigation alone.
// The questionnaire and account pages have no loading boundary on purpose: a streamed
// fallback is swapped for content by a script, which would leave no-JavaScript visitors
// looking at "Loading…" forever.
export default function Loading() {
  return (
    <div role="status" className="flex flex-col gap-4 py-8" aria-live="polite">
      <span className="sr-only">Loading…</span>
      <div aria-hidden="true" className="h-9 w-2/3 animate-pulse rounded-lg bg-sunken" />
      <div aria-hidden="true" className="h-5 w-full animate-pulse rounded bg-sunken" />
      <div aria-hidden="true" className="h-5 w-5/6 animate-pulse rounded bg-sunken" />
    </div>
  );
}
