export const dynamic = "force-dynamic";

// ?pad=N adds N characters (twice in the HTML: once as markup, once in the flight data), so
// scripts/bench can match the size of the page it compares.
export default async function DynamicPage({ searchParams }) {
  const pad = Math.min(Number((await searchParams).pad) || 0, 1_000_000);
  return (
    <main>
      <h1>Dynamic floor</h1>
      <p>Rendered on every request.</p>
      {pad > 0 && <p>{"calm steady warm near ".repeat(Math.ceil(pad / 22)).slice(0, pad)}</p>}
    </main>
  );
}
