import Link from "next/link";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";

const paths = [
  {
    title: "Learn",
    href: "/learn",
    body: "Short, warm readings on emotional safety, the four attachment patterns, and what secure love looks like day to day.",
    cta: "Start reading",
  },
  {
    title: "Reflect",
    href: "/reflect",
    body: "A five-minute questionnaire that places you on the two dimensions researchers use, anxiety and avoidance, with prompts to think about.",
    cta: "Take the reflection",
  },
  {
    title: "Come back",
    href: "/results",
    body: "Keep your results in a private account, add notes, and see over months whether something has really changed.",
    cta: "See my results",
  },
];

export default function HomePage() {
  return (
    <div className="flex flex-col gap-14">
      <section aria-labelledby="hero-title" className="flex flex-col gap-6 pt-4 sm:pt-10">
        <p className="font-semibold tracking-wide text-clay uppercase">Emotional safety</p>
        <h1
          id="hero-title"
          className="max-w-3xl text-3xl font-bold sm:text-[2.75rem] sm:leading-tight"
        >
          Feel safe to reach for someone, and know you will be met.
        </h1>
        <p className="max-w-2xl text-lg text-muted">
          Secure Base helps you understand what makes a relationship emotionally secure, notice your
          own patterns of closeness and distance, and come back to them over time. Whether you are
          in a relationship or longing for one.
        </p>
        <div className="flex flex-wrap gap-3">
          <LinkButton href="/reflect">Take the reflection</LinkButton>
          <LinkButton href="/learn" variant="secondary">
            Start reading
          </LinkButton>
        </div>
      </section>

      <section aria-labelledby="paths-title">
        <h2 id="paths-title" className="sr-only">
          What you can do here
        </h2>
        <ul className="grid gap-5 md:grid-cols-3">
          {paths.map((path) => (
            <li key={path.href}>
              <Card className="flex h-full flex-col gap-3">
                <h3 className="text-xl font-bold">{path.title}</h3>
                <p className="flex-1 text-muted">{path.body}</p>
                <Link href={path.href} className="font-semibold">
                  {path.cta}
                  <span aria-hidden="true"> →</span>
                </Link>
              </Card>
            </li>
          ))}
        </ul>
      </section>

      <section
        aria-labelledby="question-title"
        className="rounded-card bg-accent-soft px-6 py-8 sm:px-10"
      >
        <h2 id="question-title" className="text-2xl font-bold">
          “Are you there for me?”
        </h2>
        <p className="mt-3 max-w-2xl">
          Sue Johnson, who founded Emotionally Focused Therapy, puts the heart of every secure bond
          into that one question. A secure relationship is not one without conflict; it is one rich
          in repair.{" "}
          <Link href="/learn/secure-relationship">Read what secure relating looks like</Link>.
        </p>
      </section>

      <section aria-labelledby="privacy-title" className="grid gap-6 md:grid-cols-2">
        <div>
          <h2 id="privacy-title" className="text-2xl font-bold">
            Private by design
          </h2>
          <p className="mt-3 text-muted">
            Your answers stay on this device unless you choose to save them. No trackers, no
            third-party scripts or fonts, and you can export or delete everything at any time.{" "}
            <Link href="/privacy">How we handle your data</Link>.
          </p>
        </div>
        <div>
          <h2 className="text-2xl font-bold">Reflection, not diagnosis</h2>
          <p className="mt-3 text-muted">
            Patterns are protective strategies, not flaws, and they can change. If you are
            struggling right now, <Link href="/support">support is one click away</Link>.
          </p>
        </div>
      </section>
    </div>
  );
}
