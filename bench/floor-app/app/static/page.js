import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Prerendered at build time. FLOOR_PAD_BYTES (set by scripts/bench) pads the HTML to the size of
// the Learn article's, so that the comparison measures overhead rather than payload. The padding
// is the Learn pages' own prose, not a repeated phrase: gzip runs on every response, and a
// repeated phrase compresses several times faster (and smaller) than real text would.
const pad = Number(process.env.FLOOR_PAD_BYTES ?? 0);
const contentDir = path.join(process.cwd(), "../../content/learn");
const prose = readdirSync(contentDir)
  .filter((file) => file.endsWith(".md"))
  .sort()
  .map((file) => readFileSync(path.join(contentDir, file), "utf8").replace(/^---[\s\S]*?---/, ""))
  .join("\n")
  .replace(/[#*_>[\]()`|-]+/g, " ")
  .replace(/\s+/g, " ");
const words = prose.repeat(Math.ceil(pad / Math.max(1, prose.length))).slice(0, pad);

export default function StaticPage() {
  return (
    <main>
      <h1>Static floor</h1>
      <p>{words}</p>
    </main>
  );
}
