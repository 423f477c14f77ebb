import type { AttachmentDimension, Pattern, Placement } from "@/lib/attachment";

/** A score on the 1–7 scale in words; bands are descriptive, not norms. */
export function describeLevel(score: number) {
  if (score <= 2.5) return "low";
  if (score < 3.5) return "fairly low";
  if (score <= 4.5) return "near the middle";
  if (score < 5.5) return "fairly high";
  return "high";
}

export const dimensionMeaning: Record<AttachmentDimension, string> = {
  anxiety:
    "how much you worry about being left, or about whether you matter to the people close to you",
  avoidance: "how uneasy you feel depending on others, opening up, or letting them depend on you",
};

const flip: Record<AttachmentDimension, Record<Pattern, Pattern>> = {
  anxiety: {
    secure: "anxious",
    anxious: "secure",
    avoidant: "disorganized",
    disorganized: "avoidant",
  },
  avoidance: {
    secure: "avoidant",
    avoidant: "secure",
    anxious: "disorganized",
    disorganized: "anxious",
  },
};

/** The patterns a point near a boundary could also belong to, measurement error considered. */
export function neighbouringPatterns(placement: Placement): Pattern[] {
  const near = new Set<Pattern>();
  for (const dim of placement.boundaryDimensions) near.add(flip[dim][placement.pattern]);
  if (placement.boundaryDimensions.length === 2)
    near.add(flip.anxiety[flip.avoidance[placement.pattern]]);
  return [...near];
}

export const formatScore = (score: number) => score.toFixed(1);
