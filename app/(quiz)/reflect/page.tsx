import type { Metadata } from "next";
import Link from "next/link";
import { Callout } from "@/components/ui/callout";
import { LinkButton } from "@/components/ui/link-button";
import { attachmentV1 } from "@/lib/attachment";

export const metadata: Metadata = {
  title: "Reflect on your attachment patterns",
  description:
    "A five-minute self-reflection on closeness and distance in relationships, placing you on the two dimensions of attachment research. Reflection, not diagnosis.",
  alternates: { canonical: "/reflect" },
};

const minutes = Math.round((attachmentV1.items.length * 10) / 60);

export default function ReflectIntroPage() {
  return (
    <div className="flex max-w-3xl flex-col gap-8">
      <header className="flex flex-col gap-3">
        <p className="font-semibold text-clay">Reflect</p>
        <h1 className="text-3xl font-bold">How do you tend to feel about closeness?</h1>
        <p className="text-lg text-muted">
          {attachmentV1.items.length} short statements about how you feel and act in close
          relationships: with a partner, family or friends, whether or not you are with someone now.
          It takes about {minutes} minutes.
        </p>
      </header>

      <section aria-labelledby="what-title" className="grid gap-6 sm:grid-cols-2">
        <div>
          <h2 id="what-title" className="text-xl font-bold">
            What it is
          </h2>
          <p className="mt-2">
            A reflection on the two dimensions that attachment research measures:{" "}
            <strong>anxiety</strong> (worry about being left or not mattering) and{" "}
            <strong>avoidance</strong> (unease with depending on others and being depended on). You
            will see where your answers place you, the nearest of the{" "}
            <Link href="/learn/understanding-attachment">four patterns</Link>, how sure that
            placement is, and questions to reflect on.
          </p>
        </div>
        <div>
          <h2 className="text-xl font-bold">What it is not</h2>
          <p className="mt-2">
            It is not a test or a diagnosis, and it cannot say who you are. Patterns are protective
            strategies people learn, and they can change. Answer for how you usually are, not how
            you wish you were.
          </p>
        </div>
      </section>

      <Callout title="Your answers stay on this device">
        <p>
          They are scored and shown to you, not stored on our server. If you want to keep a result
          and see how it changes over time, you can choose to save it to a private account
          afterwards.
        </p>
      </Callout>

      <div className="flex flex-wrap items-center gap-4">
        <LinkButton href="/reflect/questions">Start the reflection</LinkButton>
        <Link href="/check-in">Or check in on one relationship</Link>
      </div>
      <p className="text-base text-muted">
        If you are in distress right now, please <Link href="/support">get support</Link> first.
      </p>
    </div>
  );
}
