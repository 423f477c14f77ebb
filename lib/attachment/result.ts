import { attachmentV1 } from "./attachment-v1";
import { placeAttachment } from "./place";
import type { Placement } from "./place";
import { reflectionPrompts } from "./prompts";
import { checkAnswerQuality } from "./quality";
import type { QualityNotice } from "./quality";
import { scoreAnswers } from "./score";
import type { DimensionScore } from "./score";
import type { Answers } from "./types";

/** Everything a result page needs for the attachment questionnaire. Plain data, JSON-safe. */
export interface AttachmentResult {
  instrumentId: string;
  version: number;
  scores: Record<string, DimensionScore>;
  placement: Placement;
  quality: QualityNotice[];
  prompts: string[];
}

/**
 * Scores, places and annotates answers to the v1 attachment instrument.
 * Expects answers that passed `validateSubmission`; throws (via `scoreAnswers` /
 * `placeAttachment`) when they did not, rather than returning a half result.
 */
export function scoreAttachment(answers: Answers): AttachmentResult {
  const scores = scoreAnswers(attachmentV1, answers);
  const placement = placeAttachment(attachmentV1, scores);
  return {
    instrumentId: attachmentV1.id,
    version: attachmentV1.version,
    scores,
    placement,
    quality: checkAnswerQuality(attachmentV1, answers),
    prompts: reflectionPrompts(placement),
  };
}
