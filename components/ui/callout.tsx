import type { ReactNode } from "react";
import { cn } from "./cn";

type Tone = "info" | "reflect" | "warning";

const tones: Record<Tone, string> = {
  info: "border-accent bg-accent-soft",
  reflect: "border-clay bg-clay-soft",
  warning: "border-danger bg-danger-soft",
};

type CalloutProps = { tone?: Tone; title?: string; children: ReactNode; className?: string };

/** A highlighted aside. Rendered as <aside> so screen readers can skip or find it. */
export function Callout({ tone = "info", title, children, className }: CalloutProps) {
  return (
    <aside
      aria-label={title}
      className={cn("rounded-card border-l-4 px-5 py-4 font-sans", tones[tone], className)}
    >
      {title && <p className="mb-1 font-semibold">{title}</p>}
      <div className="[&>*+*]:mt-2">{children}</div>
    </aside>
  );
}
