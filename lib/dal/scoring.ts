import {
  placeAttachment,
  scoreAnswers,
  validateSubmission,
  type Answers,
  type DimensionScore,
  type Instrument,
  type Placement,
} from "@/lib/attachment";

/** What a saved result stores besides who and when, computed on the server from the answers alone. */
export interface ScoredRecord {
  instrument: Instrument;
  answers: Answers;
  scores: Record<string, DimensionScore>;
  placement: Placement | null;
}

function placeable(instrument: Instrument) {
  const ids = instrument.dimensions.map((d) => d.id);
  return ids.includes("anxiety") && ids.includes("avoidance");
}

/**
 * Validates untrusted answers and scores them. Any instrument works; those with anxiety and
 * avoidance dimensions are also placed. Scores sent by a client are never used.
 */
export function scoreForStorage(input: {
  instrumentId: unknown;
  version: unknown;
  answers: unknown;
}): { ok: true; record: ScoredRecord } | { ok: false; errors: string[] } {
  const checked = validateSubmission({
    instrumentId: input.instrumentId,
    version: input.version,
    answers: input.answers,
  });
  if (!checked.ok) return checked;
  const { instrument, answers } = checked;
  const scores = scoreAnswers(instrument, answers);
  const placement = placeable(instrument) ? placeAttachment(instrument, scores) : null;
  return { ok: true, record: { instrument, answers: { ...answers }, scores, placement } };
}
