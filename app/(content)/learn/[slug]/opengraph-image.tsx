import { ImageResponse } from "next/og";
import { getLearnPage, getLearnPages } from "@/lib/content";
import { site } from "@/lib/site/config";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = `A reading from ${site.name}`;

export function generateStaticParams() {
  return getLearnPages().map((page) => ({ slug: page.slug }));
}

/** A share card per reading, drawn once at build time with the bundled font. */
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const page = getLearnPage((await params).slug);
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: "#fbf8f3",
        color: "#2a2420",
      }}
    >
      <div style={{ display: "flex", fontSize: 30, color: "#1d6b5e", fontWeight: 700 }}>
        {site.name} · Learn
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        <div style={{ fontSize: 68, fontWeight: 700, lineHeight: 1.1 }}>
          {page?.title ?? site.name}
        </div>
        <div style={{ fontSize: 32, color: "#5c524a", lineHeight: 1.35 }}>
          {page?.summary ?? site.tagline}
        </div>
      </div>
      <div
        style={{ display: "flex", height: 12, width: 220, background: "#1d6b5e", borderRadius: 6 }}
      />
    </div>,
    size,
  );
}
