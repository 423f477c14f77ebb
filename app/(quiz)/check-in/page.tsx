import type { Metadata } from "next";
import Link from "next/link";
import { Callout } from "@/components/ui/callout";
import { LinkButton } from "@/components/ui/link-button";
import { qualityCopy } from "@/components/check-in/quality-copy";
import { areQualities, areV1 } from "@/lib/attachment";

export const metadata: Metadata = {
  title: "“Are you there for me?” A relationship check-in",
  description:
    "A short check-in on accessibility, responsiveness and engagement in one relationship, in both directions. Reflection, not diagnosis.",
  alternates: { canonical: "/check-in" },
};

export default function CheckInIntroPage() {
  return (
    <div className="flex max-w-3xl flex-col gap-8">
      <header className="flex flex-col gap-3">
        <p className="font-semibold text-clay">Relationship check-in</p>
        <h1 className="text-3xl font-bold">“Are you there for me?”</h1>
        <p className="text-lg text-muted">
          Sue Johnson, who developed Emotionally Focused Therapy, puts the heart of a secure bond in
          that one question. This check-in looks at one relationship, right now, in both directions:
          how you show up for them, and how they show up for you. {areV1.items.length} statements,
          about two minutes.
        </p>
      </header>
      <ul className="grid gap-4 sm:grid-cols-3">
        {areQualities.map((q) => (
          <li key={q} className="rounded-card border border-line bg-surface p-5">
            <p className="font-bold">{qualityCopy[q].name}</p>
            <p className="text-muted">{qualityCopy[q].question}</p>
          </li>
        ))}
      </ul>
      <Callout title="Private to you">
        <p>
          The name you give the relationship and your answers stay on this device unless you choose
          to save them to your account. Nothing is shared with the other person.
        </p>
      </Callout>
      <div className="flex flex-wrap items-center gap-4">
        <LinkButton href="/check-in/questions">Start the check-in</LinkButton>
        <Link href="/learn/secure-relationship">What a secure relationship looks like</Link>
      </div>
      <p className="text-base text-muted">
        If you are afraid of the person you are thinking about, this check-in is not the right tool:
        please <Link href="/support">get support</Link>.
      </p>
    </div>
  );
}
