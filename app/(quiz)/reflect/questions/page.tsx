import type { Metadata } from "next";
import { QuestionnaireForm } from "@/components/reflect/questionnaire-form";
import { SubmissionProblems } from "@/components/reflect/submission-problems";
import { attachmentV1 } from "@/lib/attachment";
import { getDeviceDraft } from "@/lib/reflect/cookies";

export const metadata: Metadata = {
  title: "Reflection questions",
  description: "Questions about how you feel and act in close relationships.",
  // The questions are public; a `?problem=` variant (answers from this device) is not a page of
  // its own.
  alternates: { canonical: "/reflect/questions" },
};

type Props = { searchParams: Promise<{ problem?: string }> };

export default async function ReflectQuestionsPage({ searchParams }: Props) {
  const { problem } = await searchParams;
  const draft = problem ? await getDeviceDraft(attachmentV1.id) : null;
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <h1 className="text-2xl font-bold">How you feel and act in close relationships</h1>
      <p className="text-muted">
        For each statement, choose how much you agree. Think about close relationships in general,
        not one person. There are no right answers.
      </p>
      {problem && <SubmissionProblems instrument={attachmentV1} answers={draft?.answers ?? {}} />}
      <QuestionnaireForm
        instrument={attachmentV1}
        action="/reflect/score"
        initialAnswers={draft?.answers ?? {}}
      />
    </div>
  );
}
