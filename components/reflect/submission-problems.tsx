import { validateSubmission, type Answers, type Instrument } from "@/lib/attachment";
import { Callout } from "@/components/ui/callout";

/** Shown after a form post that could not be scored; the answers that were valid are kept. */
export function SubmissionProblems({
  instrument,
  answers,
}: {
  instrument: Instrument;
  answers: Answers;
}) {
  const checked = validateSubmission({
    instrumentId: instrument.id,
    version: instrument.version,
    answers,
  });
  const errors = checked.ok
    ? ["Some answers could not be read. Please check them and try again."]
    : checked.errors;
  return (
    <div role="alert">
      <Callout tone="warning" title="Your result needs a few more answers">
        <ul className="list-disc pl-5">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
        <p>Your other answers are kept below.</p>
      </Callout>
    </div>
  );
}
