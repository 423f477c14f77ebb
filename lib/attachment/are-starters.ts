import type { AreQuality } from "./are";

/** Which side of a quality the respondent rated higher. */
export type GapDirection = "self-higher" | "partner-higher" | "even";

/**
 * Gaps under one scale point count as even: with two items per side, half a point is
 * one answer moving by one step, well inside the provisional measurement error.
 */
export const EVEN_GAP = 1;

/** Direction of a self - partner gap; null (a missing side) counts as even. */
export function gapDirection(gap: number | null): GapDirection {
  if (gap === null || Math.abs(gap) < EVEN_GAP) return "even";
  return gap > 0 ? "self-higher" : "partner-higher";
}

// Starters ask and share rather than accuse: the aim is reaching, responding and repair.
const starters: Record<AreQuality, Record<GapDirection, string[]>> = {
  accessibility: {
    "self-higher": [
      "\"When I reach for you and can't find you, I feel a bit alone. Could we find a time each day when we're both really here?\"",
      '"What makes it hard to be reachable lately? Is there anything I do that makes it harder?"',
    ],
    "partner-higher": [
      "\"When you've reached for me lately, have I been there? What would help you feel I'm reachable?\"",
      "Share what has been pulling your attention away, and one small way you could make more room for them.",
    ],
    even: [
      "Talk about a recent moment when you reached for each other and it worked. What made it easy?",
      '"When is it hardest for you to reach me? When is it hardest for me to reach you?"',
    ],
  },
  responsiveness: {
    "self-higher": [
      '"When I share something hard, what helps most is for you to just stay with me for a moment. Could we try that?"',
      "\"When I'm upset, what makes it hard to know how to respond? I'd like to make it easier.\"",
    ],
    "partner-higher": [
      '"When you\'ve been upset lately, did I respond the way you needed? What would have helped more?"',
      "Notice whether you jump to fixing or defending, and try saying back what you heard first.",
    ],
    even: [
      "Tell each other about one time the other responded in a way that really helped, and what made it help.",
      '"How do you most like to be comforted?" People often find it differs more than they expected.',
    ],
  },
  engagement: {
    "self-higher": [
      "\"I'd love to know more about what's going on inside you lately. What's been on your mind?\"",
      "Tell them one small, specific thing that helps you feel you matter to them.",
    ],
    "partner-higher": [
      '"Do you feel you matter to me? What helps you feel that?"',
      "Share one hope or worry you haven't said out loud to them yet.",
    ],
    even: [
      "Ask each other one question you have never asked before about hopes or fears.",
      "Name one specific thing the other does that makes you feel you matter.",
    ],
  },
};

const repairStarter =
  'If talking about this has gone badly before, you could start with repair: "I think we missed each other last time. Can we try again?"';

/**
 * Two or three gentle conversation starters for one quality and gap direction,
 * in the spirit of reaching, responding and repair. A repair starter is added
 * whenever the sides differ, since a gap is often where past attempts went wrong.
 */
export function conversationStarters(quality: AreQuality, direction: GapDirection): string[] {
  const list = [...starters[quality][direction]];
  if (direction !== "even") list.push(repairStarter);
  return list;
}
