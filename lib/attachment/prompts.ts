import type { Pattern, Placement } from "./place";

const byPattern: Record<Pattern, [string, string]> = {
  secure: [
    "Think of a time you reached for someone and they were there. What made it feel safe to reach?",
    "When you and someone close miss each other, what helps you find your way back?",
  ],
  anxious: [
    "When you start to worry that someone is pulling away, what do you most need to hear from them?",
    "What helps you feel steady while you wait to hear back from someone you care about?",
  ],
  avoidant: [
    "When emotions run high, what happens inside you just before you go quiet or step back?",
    "Who is one person you could share a small feeling or need with this week? What might make that easier?",
  ],
  disorganized: [
    "Can you recall a moment when you wanted closeness and also wanted to protect yourself? What was each part trying to do for you?",
    "What would feeling safe with someone look like in small, everyday ways?",
  ],
};

const sharedPrompt =
  'Sue Johnson sums up secure bonds in one question: "Are you there for me?" Who in your life answers yes, and how do you know?';

const boundaryPrompt =
  "Some of your answers sit close to the middle of the scale, so more than one description may fit. " +
  "Which parts feel familiar to you, and does that change from one relationship to another?";

/**
 * Three or four open reflection prompts for a placement: two for its pattern, one shared,
 * and one more when a score is close to a boundary, because then the pattern name alone
 * says less than usual.
 */
export function reflectionPrompts(placement: Placement): string[] {
  const prompts = [...byPattern[placement.pattern], sharedPrompt];
  if (placement.closeToBoundary) prompts.push(boundaryPrompt);
  return prompts;
}
