import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { CheckInChange } from "@/components/check-in/check-in-change";
import { CheckInResultView } from "@/components/check-in/check-in-result";
import { DeleteResultForm } from "@/components/account/delete-result-form";
import { formatDateTime, instrumentName } from "@/components/account/format";
import { NoteEditor } from "@/components/account/note-editor";
import { ClearProgress } from "@/components/reflect/clear-progress";
import { AttachmentResultView } from "@/components/result/attachment-result";
import { Callout } from "@/components/ui/callout";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/dal/current-user";
import { toAttachmentResult } from "@/lib/dal/result-view";
import { getPreviousCheckIn, getResult } from "@/lib/dal/results";
import { scoreCheckIn } from "@/lib/attachment";
import { displayLabel } from "@/lib/reflect/label";

export const metadata: Metadata = { title: "Saved result", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function SavedResultPage({ params, searchParams }: Props) {
  const { id } = await params;
  if (!(await getCurrentUser())) redirect(`/sign-in?next=${encodeURIComponent(`/results/${id}`)}`);
  const result = await getResult(id);
  if (!result) notFound();
  const { saved } = await searchParams;
  const view = toAttachmentResult(result);
  const previous = view ? null : await getPreviousCheckIn(result);
  const label = displayLabel(result.relationshipLabel);
  return (
    <div className="flex flex-col gap-10">
      {saved && <ClearProgress instrumentId={result.instrumentId} />}
      <header className="flex flex-col gap-3">
        <p className="font-semibold text-clay">
          <Link href="/results">My results</Link>
        </p>
        <h1 className="text-3xl font-bold">
          {instrumentName(result.instrumentId, result.relationshipLabel)}
        </h1>
        <p className="text-lg text-muted">
          Saved{" "}
          <time dateTime={result.createdAt.toISOString()}>{formatDateTime(result.createdAt)}</time>
        </p>
        {saved && (
          <Callout title="Saved">
            <p>
              This result is saved to your account, and the copy on this device has been cleared.
            </p>
          </Callout>
        )}
      </header>

      {view ? (
        <AttachmentResultView result={view} />
      ) : (
        <>
          <CheckInResultView result={scoreCheckIn(result.answers)} label={label} />
          {previous && (
            <CheckInChange
              before={previous.scores}
              after={result.scores}
              beforeDate={formatDateTime(previous.createdAt)}
              label={label}
            />
          )}
        </>
      )}

      <section aria-labelledby="note-title" className="flex max-w-3xl flex-col gap-4">
        <h2 id="note-title" className="text-xl font-bold">
          Your note
        </h2>
        {result.note && (
          <Card>
            <p className="whitespace-pre-wrap break-words" data-testid="note-body">
              {result.note.body}
            </p>
          </Card>
        )}
        <NoteEditor resultId={result.id} body={result.note?.body ?? null} />
      </section>

      <section aria-labelledby="more-title" className="flex max-w-3xl flex-col gap-4">
        <h2 id="more-title" className="text-xl font-bold">
          More
        </h2>
        <p>
          <Link href={`/results/compare?b=${result.id}`}>Compare with another result</Link> ·{" "}
          <Link href="/results">Back to my results</Link>
        </p>
        <DeleteResultForm resultId={result.id} />
      </section>
    </div>
  );
}
