import type { Metadata } from "next";
import { QuestionnaireForm } from "@/components/reflect/questionnaire-form";
import { SubmissionProblems } from "@/components/reflect/submission-problems";
import { Field } from "@/components/ui/field";
import { areV1 } from "@/lib/attachment";
import { getDeviceDraft, getDeviceLabel } from "@/lib/reflect/cookies";

export const metadata: Metadata = {
  title: "Check-in questions",
  description: "Questions about accessibility, responsiveness and engagement in one relationship.",
  // The questions are public; a `?problem=` variant (answers from this device) is not a page of
  // its own.
  alternates: { canonical: "/check-in/questions" },
};

type Props = { searchParams: Promise<{ problem?: string }> };

export default async function CheckInQuestionsPage({ searchParams }: Props) {
  const { problem } = await searchParams;
  const draft = problem ? await getDeviceDraft(areV1.id) : null;
  const label = await getDeviceLabel(areV1.id);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <h1 className="text-2xl font-bold">Checking in on one relationship</h1>
      <p className="text-muted">
        Think of one person: a partner, or anyone close. For each statement, choose how much you
        agree, thinking about the last few weeks.
      </p>
      {problem === "1" && <SubmissionProblems instrument={areV1} answers={draft?.answers ?? {}} />}
      <QuestionnaireForm
        instrument={areV1}
        action="/reflect/score"
        initialAnswers={draft?.answers ?? {}}
      >
        <Field
          label="Who is this check-in about? (optional)"
          name="label"
          maxLength={40}
          defaultValue={label}
          autoComplete="off"
          placeholder="e.g. my partner"
          help="A name or a few words only you will see. It stays on this device unless you save the check-in."
          errors={
            problem === "label"
              ? [
                  "Please keep it under 40 characters, using letters, numbers and ordinary punctuation.",
                ]
              : undefined
          }
        />
      </QuestionnaireForm>
    </div>
  );
}
