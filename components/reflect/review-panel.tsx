import type { Answers, Instrument } from "@/lib/attachment";
// Not from the index: it would bring zod into the browser, and zod's `new Function` probe is
// reported as a violation of the strict CSP (proxy.ts); it was also 110 KB (33 KB gzipped) of script.
import { requiredAnswers } from "@/lib/attachment/score";
import { Button } from "@/components/ui/button";

type Props = {
  instrument: Instrument;
  answers: Answers;
  onJump: (index: number) => void;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
};

/** The step before submitting: what is unanswered, and whether each part has enough answers. */
export function ReviewPanel({ instrument, answers, onJump, headingRef }: Props) {
  const unanswered = instrument.items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => answers[item.id] === undefined);
  const short = instrument.dimensions
    .map((dim) => {
      const items = instrument.items.filter((i) => i.dimension === dim.id);
      const needed = requiredAnswers(dim, items.length);
      const given = items.filter((i) => answers[i.id] !== undefined).length;
      return { dim, missing: needed - given };
    })
    .filter((d) => d.missing > 0);

  return (
    <div className="flex flex-col gap-5">
      <h2 ref={headingRef} tabIndex={-1} className="text-2xl font-bold">
        Review your answers
      </h2>
      {unanswered.length === 0 ? (
        <p>You answered every question. When you are ready, see your result.</p>
      ) : (
        <>
          <p>
            {unanswered.length === 1
              ? "One question is unanswered."
              : `${unanswered.length} questions are unanswered.`}{" "}
            Skipping a few is fine; answering them makes the result more precise.
          </p>
          <ul className="flex flex-col gap-2">
            {unanswered.map(({ item, index }) => (
              <li key={item.id}>
                <Button
                  variant="quiet"
                  className="h-auto justify-start text-left"
                  onClick={() => onJump(index)}
                >
                  Answer question {index + 1}: {item.text}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      {short.length > 0 && (
        <p role="alert" className="rounded-xl bg-danger-soft px-4 py-3 font-medium text-danger">
          {short
            .map(
              (d) =>
                `Please answer ${d.missing} more ${d.missing === 1 ? "question" : "questions"} about ${d.dim.label.toLowerCase()}`,
            )
            .join("; ")}{" "}
          so the result can be worked out.
        </p>
      )}
    </div>
  );
}
