export const dynamic = "force-dynamic";

export default function DynamicPage() {
  return (
    <main>
      <h1>Dynamic floor</h1>
      <p>Rendered on every request.</p>
    </main>
  );
}
