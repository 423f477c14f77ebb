// Prerendered at build time. FLOOR_PAD_BYTES (set by scripts/bench) pads the HTML to the size of
// the Learn article's, so that the comparison measures overhead rather than payload.
const pad = Number(process.env.FLOOR_PAD_BYTES ?? 0);
const words = "calm steady warm near ".repeat(Math.ceil(pad / 22)).slice(0, pad);

export default function StaticPage() {
  return (
    <main>
      <h1>Static floor</h1>
      <p>{words}</p>
    </main>
  );
}
