import type { Metadata } from "next";
import Link from "next/link";
import { CheckInResultView } from "@/components/check-in/check-in-result";
import { ClearProgress } from "@/components/reflect/clear-progress";
import { PrintButton } from "@/components/result/print-button";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { areV1, scoreCheckIn } from "@/lib/attachment";
import { getDeviceLabel, getDeviceResult } from "@/lib/reflect/cookies";
import { displayLabel } from "@/lib/reflect/label";

export const metadata: Metadata = {
  title: "Your check-in",
  description:
    "Accessibility, responsiveness and engagement in one relationship, in both directions.",
  // Crawlers carry no answer cookie, so they only ever see the empty state; it folds into the
  // intro page. Privacy comes from the cookie, not from robots rules.
  alternates: { canonical: "/check-in" },
};

export default async function CheckInResultPage() {
  const device = await getDeviceResult(areV1.id);
  if (!device) {
    return (
      <div className="flex max-w-2xl flex-col gap-5">
        <h1 className="text-3xl font-bold">No check-in on this device yet</h1>
        <p className="text-lg text-muted">Check-ins stay in this browser until you save them.</p>
        <div className="flex flex-wrap gap-3">
          <LinkButton href="/check-in/questions">Start a check-in</LinkButton>
          <LinkButton href="/results" variant="secondary">
            My saved results
          </LinkButton>
        </div>
      </div>
    );
  }
  const label = displayLabel(await getDeviceLabel(areV1.id));
  return (
    <div className="flex flex-col gap-8">
      <ClearProgress instrumentId={areV1.id} />
      <header className="flex flex-col gap-2">
        <p className="font-semibold text-clay">Your check-in</p>
        <h1 className="text-3xl font-bold">Are you there for each other?</h1>
        <p className="text-lg text-muted">About {label}, as you see it today.</p>
      </header>
      <CheckInResultView result={scoreCheckIn(device.answers)} label={label} />
      <Card className="flex flex-col gap-4" data-print-hide>
        <h2 className="text-xl font-bold">Keep this check-in?</h2>
        <p>
          Save it to a private account to see how this relationship changes over time. The name you
          gave it is saved only if you save the check-in.
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <LinkButton href="/results/save?instrument=are-checkin">Save this check-in</LinkButton>
          <PrintButton />
          <form method="post" action="/reflect/forget">
            <Button type="submit" variant="quiet">
              Forget it on this device
            </Button>
          </form>
        </div>
        <p className="text-base text-muted">
          <Link href="/check-in/questions">Check in again</Link>
        </p>
      </Card>
    </div>
  );
}
