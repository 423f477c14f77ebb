import { ownValue } from "./own";
import type { DimensionScore } from "./score";
import { scaleMidpoint } from "./scale";
import { sem, Z_95 } from "./sem";
import type { DimensionDef, Instrument } from "./types";

/** The four patterns of the anxiety × avoidance plane. */
export type Pattern = "secure" | "anxious" | "avoidant" | "disorganized";

/** The two attachment dimensions that placement needs. */
export type AttachmentDimension = "anxiety" | "avoidance";

/** Where a result sits on the anxiety × avoidance plane, with its uncertainty. */
export interface Placement {
  /** The nearest pattern: a region of a continuous plane, not a category the person belongs to. */
  pattern: Pattern;
  anxiety: number;
  avoidance: number;
  /** The scale midpoint (4 on 1–7), used as the boundary on both dimensions. */
  midpoint: number;
  /** Signed distance from the midpoint (score - midpoint). */
  distance: { anxiety: number; avoidance: number };
  sem: { anxiety: number; avoidance: number };
  /** True when at least one score lies within 1.96 × SEM of the midpoint. */
  closeToBoundary: boolean;
  /** The dimensions whose score lies within 1.96 × SEM of the midpoint (inclusive). */
  boundaryDimensions: AttachmentDimension[];
}

function dimensionDef(instrument: Instrument, id: AttachmentDimension): DimensionDef {
  const def = instrument.dimensions.find((d) => d.id === id);
  if (!def) throw new Error(`Instrument ${instrument.id} has no "${id}" dimension.`);
  return def;
}

function scoreOf(scores: Record<string, DimensionScore>, id: AttachmentDimension): number {
  const score = ownValue(scores, id);
  if (!score || !score.minimumMet || score.mean === null) {
    throw new Error(`Not enough "${id}" answers to place a result; validate the submission first.`);
  }
  return score.mean;
}

const patterns: Record<"low" | "high", Record<"low" | "high", Pattern>> = {
  low: { low: "secure", high: "avoidant" },
  high: { low: "anxious", high: "disorganized" },
};

/**
 * Places anxiety and avoidance scores in the nearest of the four patterns.
 * A dimension is "high" only when its score is strictly above the scale midpoint; a score
 * exactly on the midpoint counts as low (so all-midpoint answers land in "secure", flagged
 * as close to the boundary). A dimension is near its boundary when |score - midpoint| <=
 * 1.96 × SEM; the inclusive test is what flags a score sitting exactly on the midpoint.
 * Throws an Error when either dimension lacks its minimum answers: callers validate first.
 */
export function placeAttachment(
  instrument: Instrument,
  scores: Record<string, DimensionScore>,
): Placement {
  const midpoint = scaleMidpoint(instrument.scale);
  const anxiety = scoreOf(scores, "anxiety");
  const avoidance = scoreOf(scores, "avoidance");
  const semAnxiety = sem(dimensionDef(instrument, "anxiety").params);
  const semAvoidance = sem(dimensionDef(instrument, "avoidance").params);
  const distance = { anxiety: anxiety - midpoint, avoidance: avoidance - midpoint };

  const boundaryDimensions: AttachmentDimension[] = [];
  if (Math.abs(distance.anxiety) <= Z_95 * semAnxiety) boundaryDimensions.push("anxiety");
  if (Math.abs(distance.avoidance) <= Z_95 * semAvoidance) boundaryDimensions.push("avoidance");

  return {
    pattern: patterns[anxiety > midpoint ? "high" : "low"][avoidance > midpoint ? "high" : "low"],
    anxiety,
    avoidance,
    midpoint,
    distance,
    sem: { anxiety: semAnxiety, avoidance: semAvoidance },
    closeToBoundary: boundaryDimensions.length > 0,
    boundaryDimensions,
  };
}
