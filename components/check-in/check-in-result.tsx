import { conversationStarters, gapDirection, type CheckInResult } from "@/lib/attachment";
import { NonDiagnosticNote } from "@/components/result/non-diagnostic-note";
import { Card } from "@/components/ui/card";
import { AreChart } from "./are-chart";
import { qualityCopy } from "./quality-copy";

type Props = { result: CheckInResult; label: string; chartId?: string };

const fmt = (v: number | null) => (v === null ? "not enough answers" : v.toFixed(1));

function GapSummary({ result, label }: Props) {
  if (!result.largestGap) {
    return (
      <p className="text-lg">
        Your answers rate both directions about the same on all three qualities.
      </p>
    );
  }
  const q = result.qualities.find((c) => c.quality === result.largestGap);
  const direction = gapDirection(q?.gap ?? null);
  const name = qualityCopy[result.largestGap].name.toLowerCase();
  if (direction === "even") {
    return (
      <p className="text-lg">
        The two directions are close on every quality; the biggest difference, on {name}, is smaller
        than one point on the scale.
      </p>
    );
  }
  return (
    <p className="text-lg">
      The two directions differ most on <strong>{name}</strong>:{" "}
      {direction === "self-higher"
        ? `you rated yourself toward ${label} higher than ${label} toward you.`
        : `you rated ${label} toward you higher than yourself toward ${label}.`}
    </p>
  );
}

/** The A.R.E. check-in result: both directions side by side, the widest gap, and starters. */
export function CheckInResultView({ result, label, chartId = "are-chart" }: Props) {
  const focus = result.largestGap ?? "responsiveness";
  const gap = result.qualities.find((q) => q.quality === focus)?.gap ?? null;
  const starters = conversationStarters(focus, gapDirection(gap));
  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="gap-title" className="flex max-w-3xl flex-col gap-3">
        <h2 id="gap-title" className="text-xl font-bold">
          Where the two directions differ most
        </h2>
        <GapSummary result={result} label={label} />
      </section>

      <section aria-labelledby="both-title" className="flex flex-col gap-5">
        <h2 id="both-title" className="text-xl font-bold">
          Both directions, side by side
        </h2>
        <AreChart result={result} label={label} id={chartId} />
        <table className="w-full max-w-2xl border-collapse text-left text-base">
          <caption className="mb-2 text-left font-semibold">Scores from 1 to 7</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-3">
                Quality
              </th>
              <th scope="col" className="py-2 pr-3">
                You toward {label}
              </th>
              <th scope="col" className="py-2">
                {label} toward you
              </th>
            </tr>
          </thead>
          <tbody>
            {result.qualities.map((q) => (
              <tr key={q.quality} className="border-b border-line">
                <th scope="row" className="py-2 pr-3 font-medium">
                  {qualityCopy[q.quality].name}
                  <span className="block text-base font-normal text-muted">
                    {qualityCopy[q.quality].question}
                  </span>
                </th>
                <td className="py-2 pr-3">{fmt(q.self)}</td>
                <td className="py-2">{fmt(q.partner)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <Card className="flex max-w-3xl flex-col gap-3">
        <h2 className="text-xl font-bold">
          Ways to start a conversation about {qualityCopy[focus].name.toLowerCase()}
        </h2>
        <p className="text-muted">
          Not to win a point, but to reach, respond and repair. Pick a calm moment, and start with
          what you feel and need rather than what the other person does wrong.
        </p>
        <ul className="list-disc pl-6 [&>li+li]:mt-2">
          {starters.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </Card>

      <NonDiagnosticNote />
    </div>
  );
}
