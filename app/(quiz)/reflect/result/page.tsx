import type { Metadata } from "next";
import Link from "next/link";
import { ClearProgress } from "@/components/reflect/clear-progress";
import { PrintButton } from "@/components/result/print-button";
import { AttachmentResultView } from "@/components/result/attachment-result";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { attachmentV1, scoreAttachment } from "@/lib/attachment";
import { getDeviceResult } from "@/lib/reflect/cookies";

export const metadata: Metadata = {
  title: "Your reflection",
  description: "Where your answers place you on attachment anxiety and avoidance.",
  // Crawlers carry no answer cookie, so they only ever see the empty state; it folds into the
  // intro page. Privacy comes from the cookie, not from robots rules.
  alternates: { canonical: "/reflect" },
};

export default async function ReflectResultPage() {
  const device = await getDeviceResult(attachmentV1.id);
  if (!device) {
    return (
      <div className="flex max-w-2xl flex-col gap-5">
        <h1 className="text-3xl font-bold">No result on this device yet</h1>
        <p className="text-lg text-muted">
          Results are kept only in this browser until you save them. Take the reflection to see
          yours, or sign in to find saved results.
        </p>
        <div className="flex flex-wrap gap-3">
          <LinkButton href="/reflect/questions">Take the reflection</LinkButton>
          <LinkButton href="/results" variant="secondary">
            My saved results
          </LinkButton>
        </div>
      </div>
    );
  }
  const result = scoreAttachment(device.answers);
  return (
    <div className="flex flex-col gap-8">
      <ClearProgress instrumentId={attachmentV1.id} />
      <header className="flex flex-col gap-2">
        <p className="font-semibold text-clay">Your reflection</p>
        <h1 className="text-3xl font-bold">What your answers suggest</h1>
      </header>
      <AttachmentResultView result={result} />
      <Card className="flex flex-col gap-4" data-print-hide>
        <h2 className="text-xl font-bold">Keep this result?</h2>
        <p>
          Right now it lives only in this browser. Save it to a private account to come back to it,
          add notes, and see over time whether anything has really changed.
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <LinkButton href="/results/save">Save this result</LinkButton>
          <PrintButton />
          <form method="post" action="/reflect/forget">
            <Button type="submit" variant="quiet">
              Forget it on this device
            </Button>
          </form>
        </div>
        <p className="text-base text-muted">
          Want to try again later? <Link href="/reflect/questions">Retake the reflection</Link>.
        </p>
      </Card>
    </div>
  );
}
