import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/account/pagination";
import { ResultList } from "@/components/account/result-list";
import { HistoryChart } from "@/components/charts/history-chart";
import { Callout } from "@/components/ui/callout";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { latestInstrument, attachmentV1 } from "@/lib/attachment";
import { getCurrentUser } from "@/lib/dal/current-user";
import { getTrend, listResults } from "@/lib/dal/results";

// Signed out (as every crawler is), this page explains accounts; the history needs a session.
export const metadata: Metadata = { title: "My results", alternates: { canonical: "/results" } };

const CHART_LIMIT = 30;

function SignedOut() {
  return (
    <div className="flex max-w-2xl flex-col gap-5">
      <h1 className="text-3xl font-bold">My results</h1>
      <p className="text-lg">
        Saved results live in a private account, so you can come back to them, add notes, and see
        over months whether something has really changed.
      </p>
      <p className="text-muted">
        Without an account, a finished reflection stays only in this browser. Nothing is stored on
        our server until you choose to save it.
      </p>
      <div className="flex flex-wrap gap-3">
        <LinkButton href="/sign-in">Sign in</LinkButton>
        <LinkButton href="/sign-up" variant="secondary">
          Create an account
        </LinkButton>
      </div>
      <p>
        Or <Link href="/reflect">take the reflection</Link> first, and decide afterwards.
      </p>
    </div>
  );
}

type Search = Promise<{ page?: string; deleted?: string }>;

export default async function ResultsPage({ searchParams }: { searchParams: Search }) {
  if (!(await getCurrentUser())) return <SignedOut />;
  const params = await searchParams;
  const [history, trend] = await Promise.all([
    listResults(Number(params.page ?? 1)),
    getTrend(attachmentV1.id, CHART_LIMIT),
  ]);
  const instrument = latestInstrument(attachmentV1.id) ?? attachmentV1;
  return (
    <div className="flex flex-col gap-10">
      <header className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold">My results</h1>
        {params.deleted && (
          <Callout>
            <p>The result was deleted.</p>
          </Callout>
        )}
        <p className="text-lg text-muted">
          {history.total === 0
            ? "You haven't saved a result yet."
            : `${history.total} saved result${history.total === 1 ? "" : "s"}. Only you can see them.`}
        </p>
        <div className="flex flex-wrap gap-3">
          <LinkButton href="/reflect">
            {history.total ? "Take the reflection again" : "Take the reflection"}
          </LinkButton>
          {trend.length >= 2 && (
            <LinkButton href="/results/compare" variant="secondary">
              Compare two results
            </LinkButton>
          )}
          <LinkButton href="/account" variant="quiet">
            Account, export and deletion
          </LinkButton>
        </div>
      </header>

      {trend.length > 0 && (
        <section aria-labelledby="trend-title" className="flex flex-col gap-4">
          <h2 id="trend-title" className="text-2xl font-bold">
            Over time
          </h2>
          <p className="max-w-3xl text-muted">
            {trend.length === CHART_LIMIT ? `Your ${CHART_LIMIT} most recent reflections. ` : ""}
            Scores move a little from one day to the next even when nothing has changed. The band
            shows how far a score can move through measurement noise alone.
          </p>
          <HistoryChart points={trend} dimensions={instrument.dimensions} />
        </section>
      )}

      {history.total > 0 && (
        <section aria-labelledby="history-title" className="flex flex-col gap-4">
          <h2 id="history-title" className="text-2xl font-bold">
            History
          </h2>
          <ResultList items={history.items} />
          <Pagination page={history.page} pageCount={history.pageCount} basePath="/results" />
        </section>
      )}

      {history.total === 0 && (
        <Card className="max-w-2xl">
          <p>
            When you finish the reflection, choose &ldquo;Save this result&rdquo; and it will appear
            here.
          </p>
        </Card>
      )}
    </div>
  );
}
