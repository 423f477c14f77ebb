import { areV1 } from "./are-v1";
import { scoreAnswers } from "./score";
import type { Answers } from "./types";

/** The three A.R.E. qualities, in the order they are shown. */
export const areQualities = ["accessibility", "responsiveness", "engagement"] as const;

/** Accessibility, responsiveness or engagement. */
export type AreQuality = (typeof areQualities)[number];

/** One quality seen from both sides. `gap` is self - partner; null when either side is missing. */
export interface QualityComparison {
  quality: AreQuality;
  self: number | null;
  partner: number | null;
  gap: number | null;
}

/** The scored check-in. Plain data, JSON-safe. */
export interface CheckInResult {
  instrumentId: string;
  version: number;
  qualities: QualityComparison[];
  /** The quality with the largest |self - partner|; null when every gap is zero or missing. Ties go to the earlier quality. */
  largestGap: AreQuality | null;
}

/**
 * Scores the A.R.E. check-in with the generic engine and compares me-toward-them with
 * them-toward-me for each quality. A side is null when its dimension lacks the minimum answers.
 * Throws (via `scoreAnswers`) on values that did not pass validation.
 */
export function scoreCheckIn(answers: Answers): CheckInResult {
  const scores = scoreAnswers(areV1, answers);
  const meanOf = (id: string): number | null => {
    const score = scores[id];
    return score && score.minimumMet ? score.mean : null;
  };

  const qualities = areQualities.map((quality): QualityComparison => {
    const self = meanOf(`self-${quality}`);
    const partner = meanOf(`partner-${quality}`);
    return {
      quality,
      self,
      partner,
      gap: self !== null && partner !== null ? self - partner : null,
    };
  });

  let largestGap: AreQuality | null = null;
  let largest = 0;
  for (const { quality, gap } of qualities) {
    if (gap !== null && Math.abs(gap) > largest) {
      largest = Math.abs(gap);
      largestGap = quality;
    }
  }
  return { instrumentId: areV1.id, version: areV1.version, qualities, largestGap };
}
