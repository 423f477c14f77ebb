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
