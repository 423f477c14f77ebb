import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Comparison } from "@/components/account/comparison";
import { formatDate, formatScore } from "@/components/account/format";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { attachmentV1, getInstrument } from "@/lib/attachment";
import { getCurrentUser } from "@/lib/dal/current-user";
import { getResult, listResultChoices, type SavedResult } from "@/lib/dal/results";

export const metadata: Metadata = { title: "Compare two results", robots: { index: false } };

type Search = Promise<{ a?: string; b?: string }>;
type Choice = Awaited<ReturnType<typeof listResultChoices>>[number];

function toSide(r: SavedResult | null) {
  if (!r || r.instrumentId !== attachmentV1.id || r.anxiety === null || r.avoidance === null)
    return null;
  return {
    id: r.id,
    version: r.instrumentVersion,
    createdAt: r.createdAt,
    anxiety: r.anxiety,
    avoidance: r.avoidance,
  };
}

function label(c: Choice) {
  return `${formatDate(c.createdAt)} at ${c.createdAt.toISOString().slice(11, 16)} UTC: anxiety ${formatScore(c.anxiety)}, avoidance ${formatScore(c.avoidance)}`;
}

function ResultSelect({
  name,
  text,
  choices,
  value,
}: {
  name: string;
  text: string;
  choices: Choice[];
  value?: string;
}) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={name} className="font-semibold">
        {text}
      </label>
      <select
        id={name}
        name={name}
        defaultValue={value}
        className="min-h-11 rounded-lg border border-line bg-surface px-3 py-2 text-ink"
      >
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {label(c)}
          </option>
        ))}
      </select>
    </div>
  );
}

export default async function ComparePage({ searchParams }: { searchParams: Search }) {
  if (!(await getCurrentUser())) redirect("/sign-in?next=/results/compare");
  const params = await searchParams;
  // Ids from the URL go through the data access layer first: another person's id is simply not found.
  const asked = await Promise.all(
    [params.a, params.b].map(async (id) =>
      id === undefined ? undefined : toSide(await getResult(id)),
    ),
  );
  if (asked.includes(null)) notFound();
  const choices = await listResultChoices(attachmentV1.id);
  if (choices.length < 2) {
    return (
      <div className="flex max-w-2xl flex-col gap-5">
        <h1 className="text-3xl font-bold">Compare two results</h1>
        <p className="text-lg">You need at least two saved reflections to compare them.</p>
        <div>
          <LinkButton href="/reflect">Take the reflection</LinkButton>
        </div>
      </div>
    );
  }
  const bId = params.b ?? choices[0]!.id;
  const aId = params.a ?? choices.find((c) => c.id !== bId)!.id;
  const [a, b] = await Promise.all([aId, bId].map(async (id) => toSide(await getResult(id))));
  if (!a || !b) notFound();
  const [before, after] = a.createdAt <= b.createdAt ? [a, b] : [b, a];
  const instrument = getInstrument(attachmentV1.id, after.version) ?? attachmentV1;
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <p className="font-semibold text-clay">
          <Link href="/results">My results</Link>
        </p>
        <h1 className="text-3xl font-bold">Compare two results</h1>
        <p className="max-w-3xl text-lg text-muted">
          Scores move a little each time, even when nothing has changed. This says, for each
          dimension, whether a change is larger than that measurement noise.
        </p>
      </header>
      <Card>
        <form method="get" className="flex flex-col gap-4">
          <div className="grid gap-4 md:grid-cols-2">
            <ResultSelect name="a" text="One result" choices={choices} value={aId} />
            <ResultSelect name="b" text="Another result" choices={choices} value={bId} />
          </div>
          <div>
            <Button type="submit">Compare</Button>
          </div>
        </form>
      </Card>
      {before.id === after.id ? (
        <p className="text-lg">That is the same result twice. Choose two different ones.</p>
      ) : (
        <Comparison instrument={instrument} before={before} after={after} />
      )}
    </div>
  );
}
