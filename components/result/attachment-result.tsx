import Link from "next/link";
import { attachmentV1, patternCopy, type AttachmentResult } from "@/lib/attachment";
import { Callout } from "@/components/ui/callout";
import { Card } from "@/components/ui/card";
import { AttachmentPlot } from "./attachment-plot";
import { describeLevel, dimensionMeaning, formatScore, neighbouringPatterns } from "./describe";
import { NonDiagnosticNote } from "./non-diagnostic-note";
import { ScoreTable } from "./score-table";

type Props = { result: AttachmentResult; plotId?: string };

function Headline({ result }: Props) {
  const { placement } = result;
  const copy = patternCopy[placement.pattern];
  const near = neighbouringPatterns(placement).map((p) => patternCopy[p].name.toLowerCase());
  if (!placement.closeToBoundary) {
    return (
      <>
        <p className="text-2xl font-bold">
          Your answers sit nearest the {copy.name.toLowerCase()} pattern.
        </p>
        <p className="text-lg">{copy.short}</p>
      </>
    );
  }
  return (
    <>
      <p className="text-2xl font-bold">
        Your answers sit near the {copy.name.toLowerCase()} pattern, close to{" "}
        {near.length === 1 ? `the ${near[0]} one` : near.join(" and ")}.
      </p>
      <p className="text-lg">
        At least one of your scores is so close to the middle that, answered on another day, it
        could land on the other side. Read both descriptions and notice which parts fit.
      </p>
    </>
  );
}

/** The full attachment result: scores in words, the plot, the nearest pattern and prompts. */
export function AttachmentResultView({ result, plotId = "result-plot" }: Props) {
  const { placement } = result;
  const copy = patternCopy[placement.pattern];
  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="summary-title" className="flex flex-col gap-3">
        <h2 id="summary-title" className="sr-only">
          Summary
        </h2>
        <Headline result={result} />
      </section>

      {result.quality.map((notice) => (
        <Callout key={notice.code} tone="reflect" title="A note on your answers">
          <p>{notice.message}</p>
        </Callout>
      ))}

      <section aria-labelledby="scores-title" className="grid items-start gap-8 md:grid-cols-2">
        <div className="flex flex-col gap-4">
          <h2 id="scores-title" className="text-xl font-bold">
            Your two scores
          </h2>
          {(["anxiety", "avoidance"] as const).map((dim) => (
            <Card key={dim}>
              <p className="font-semibold">
                {attachmentV1.dimensions.find((d) => d.id === dim)?.label}:{" "}
                <span className="text-xl">{formatScore(placement[dim])}</span> of 7,{" "}
                {describeLevel(placement[dim])}
              </p>
              <p className="mt-1 text-base text-muted">This reflects {dimensionMeaning[dim]}.</p>
            </Card>
          ))}
          <ScoreTable result={result} />
        </div>
        <figure className="flex flex-col gap-2">
          <AttachmentPlot placement={placement} id={plotId} />
          <figcaption className="text-base text-muted">
            The dot is your answers; the shaded ring is where it could fall if you answered again,
            given normal measurement error. The lines at 4 are the scale&rsquo;s midpoint, not a
            verdict.
          </figcaption>
        </figure>
      </section>

      <section aria-labelledby="pattern-title" className="flex max-w-3xl flex-col gap-4">
        <h2 id="pattern-title" className="text-xl font-bold">
          What the {copy.name.toLowerCase()} pattern often feels like
        </h2>
        <p>{copy.oftenFeels}</p>
        <h3 className="text-lg font-bold">What can help</h3>
        <ul className="list-disc pl-6 [&>li+li]:mt-2">
          {copy.whatHelps.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
        <p>
          <Link href={`/learn/${placement.pattern}-pattern`}>
            Read more about the {copy.name.toLowerCase()} pattern
          </Link>{" "}
          · <Link href="/learn/understanding-attachment">Understanding attachment</Link>
        </p>
      </section>

      <section aria-labelledby="prompts-title" className="flex max-w-3xl flex-col gap-4">
        <h2 id="prompts-title" className="text-xl font-bold">
          Questions to reflect on
        </h2>
        <ol className="list-decimal pl-6 [&>li+li]:mt-3">
          {result.prompts.map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ol>
      </section>

      <NonDiagnosticNote />
    </div>
  );
}
