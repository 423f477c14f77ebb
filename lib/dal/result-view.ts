import {
  checkAnswerQuality,
  getInstrument,
  reflectionPrompts,
  type AttachmentResult,
} from "@/lib/attachment";
import type { SavedResult } from "./results";

/**
 * The same view model a fresh result page gets, rebuilt from what was stored: stored scores and
 * placement (so an old result reads as it did), with answer notes and prompts derived from them.
 * Null for instruments without a placement (the A.R.E. check-in).
 */
export function toAttachmentResult(
  saved: Pick<
    SavedResult,
    "instrumentId" | "instrumentVersion" | "answers" | "scores" | "placement"
  >,
): AttachmentResult | null {
  const instrument = getInstrument(saved.instrumentId, saved.instrumentVersion);
  if (!instrument || !saved.placement) return null;
  return {
    instrumentId: saved.instrumentId,
    version: saved.instrumentVersion,
    scores: saved.scores,
    placement: saved.placement,
    quality: checkAnswerQuality(instrument, saved.answers),
    prompts: reflectionPrompts(saved.placement),
  };
}
