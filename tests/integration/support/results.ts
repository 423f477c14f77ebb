import { attachmentV1, buildAnswers, type AnswerLevel } from "@/lib/attachment";
import { saveResult } from "@/lib/dal/results";
import { encodeAnswers, resultCookie } from "@/lib/reflect/answer-code";
import { actAs, type Browser } from "./next-request";

/** Answers to the attachment questionnaire leaning the given way. */
export function attachmentAnswers(levels: Record<"anxiety" | "avoidance", AnswerLevel>) {
  return buildAnswers(attachmentV1, levels);
}

/** Puts a finished questionnaire in the browser's cookie, as the questionnaire does. */
export function finishQuestionnaire(
  browser: Browser,
  levels: Record<"anxiety" | "avoidance", AnswerLevel>,
) {
  const code = encodeAnswers(attachmentV1, attachmentAnswers(levels));
  browser.jar.set(resultCookie(attachmentV1.id), code);
  return code;
}

/** Saves an attachment result for the browser's account through the data access layer. */
export async function saveAttachment(
  browser: Browser,
  levels: Record<"anxiety" | "avoidance", AnswerLevel>,
  createdAt?: Date,
) {
  actAs(browser);
  const saved = await saveResult({
    instrumentId: attachmentV1.id,
    version: attachmentV1.version,
    answers: attachmentAnswers(levels),
    createdAt,
  });
  if (!saved.ok) throw new Error(saved.errors.join(" "));
  return saved.id;
}
