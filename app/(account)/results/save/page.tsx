import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { formatScore, instrumentName } from "@/components/account/format";
import { SaveResultForm } from "@/components/account/save-result-form";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { attachmentV1, patternCopy } from "@/lib/attachment";
import { getCurrentUser } from "@/lib/dal/current-user";
import { getDeviceSubmission, instrumentIdFrom, savePath } from "@/lib/dal/device-result";
import { scoreForStorage } from "@/lib/dal/scoring";
import { flowFor } from "@/lib/reflect/flows";

export const metadata: Metadata = { title: "Save this result", robots: { index: false } };

type Search = Promise<{ instrument?: string }>;

// The finished answers wait in a cookie on this device; signing up or in on the way keeps them.
export default async function SaveResultPage({ searchParams }: { searchParams: Search }) {
  const instrumentId = instrumentIdFrom((await searchParams).instrument);
  if (!(await getCurrentUser())) {
    redirect(
      `/sign-up?next=${instrumentId === attachmentV1.id ? "/results/save" : encodeURIComponent(savePath(instrumentId))}`,
    );
  }
  const device = await getDeviceSubmission(instrumentId);
  const base = flowFor(instrumentId)?.base ?? "/reflect";
  if (!device) {
    return (
      <div className="flex max-w-2xl flex-col gap-5">
        <h1 className="text-3xl font-bold">Nothing to save on this device</h1>
        <p className="text-lg">
          There is no finished questionnaire waiting in this browser. It may already be saved, or it
          was cleared.
        </p>
        <div className="flex flex-wrap gap-3">
          <LinkButton href="/results">My results</LinkButton>
          <LinkButton href={base} variant="secondary">
            Start the questionnaire
          </LinkButton>
        </div>
      </div>
    );
  }
  const scored = scoreForStorage({
    instrumentId: device.instrument.id,
    version: device.instrument.version,
    answers: device.answers,
  });
  const placement = scored.ok ? scored.record.placement : null;
  return (
    <div className="flex max-w-2xl flex-col gap-5">
      <h1 className="text-3xl font-bold">Save this result?</h1>
      <Card className="flex flex-col gap-1">
        <p className="font-semibold">{instrumentName(instrumentId, device.relationshipLabel)}</p>
        {placement && (
          <p className="text-lg">
            Anxiety {formatScore(placement.anxiety)} · Avoidance {formatScore(placement.avoidance)}{" "}
            · nearest pattern: {patternCopy[placement.pattern].name}
          </p>
        )}
      </Card>
      <p>
        It will be kept in your account with your answers, so you can come back to it, add a note,
        and compare it with later results. The copy in this browser is then cleared.
      </p>
      <SaveResultForm instrumentId={instrumentId} />
      <p>
        <Link href={`${base}/result`}>Not now, back to the result</Link>
      </p>
    </div>
  );
}
