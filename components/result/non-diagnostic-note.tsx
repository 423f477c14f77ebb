import Link from "next/link";
import { Callout } from "@/components/ui/callout";

/** Shown beside every result: what the result is not, and where help is. */
export function NonDiagnosticNote() {
  return (
    <Callout title="Reflection, not diagnosis">
      <p>
        This result describes how you answered today, not who you are. It cannot assess or treat
        anyone, and patterns shift with time, stress and the relationships we are in. If something
        here stirs up a lot, be gentle with yourself, and consider talking it through with someone
        you trust or a therapist.
      </p>
      <p>
        <Link href="/support" className="font-semibold">
          Get support now
        </Link>{" "}
        · <Link href="/learn/find-support">Find a therapist</Link>
      </p>
    </Callout>
  );
}
