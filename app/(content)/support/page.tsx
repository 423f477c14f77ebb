import type { Metadata } from "next";
import Link from "next/link";
import { Callout } from "@/components/ui/callout";
import { site } from "@/lib/site/config";

export const metadata: Metadata = {
  title: "Get support now",
  description:
    "Crisis lines and emergency numbers, for when you need to talk to someone right now.",
  alternates: { canonical: "/support" },
};

export default function SupportPage() {
  return (
    <div className="flex max-w-3xl flex-col gap-8">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold">Get support now</h1>
        <p className="text-lg text-muted">
          If you are in danger, thinking about harming yourself, or afraid of someone close to you,
          please reach out to a person now. You do not have to explain everything or be sure it is
          &ldquo;bad enough&rdquo;.
        </p>
      </header>

      <Callout tone="warning" title="In an emergency">
        <p>{site.emergencyNumbers}</p>
      </Callout>

      <section aria-labelledby="lines-title" className="flex flex-col gap-4">
        <h2 id="lines-title" className="text-2xl font-bold">
          Crisis and support lines
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {site.crisisResources.map((r) => (
            <li key={r.label} className="rounded-card border border-line bg-surface p-5">
              <p className="text-base text-muted">{r.region}</p>
              <p className="text-lg font-bold">
                <a href={r.href}>{r.label}</a>
              </p>
              <p>{r.detail}</p>
            </li>
          ))}
        </ul>
        <p className="text-muted">
          Elsewhere, your local emergency number or a doctor can point you to the nearest crisis
          service.
        </p>
      </section>

      <section aria-labelledby="later-title" className="flex flex-col gap-3">
        <h2 id="later-title" className="text-2xl font-bold">
          When the moment has passed
        </h2>
        <p>
          Talking with a therapist can help with the patterns that make closeness feel unsafe.{" "}
          <Link href="/learn/find-support">How to find a therapist</Link> explains what couples
          therapy and Emotionally Focused Therapy are, and what to ask in a first call.
        </p>
      </section>
    </div>
  );
}
