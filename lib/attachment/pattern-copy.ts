import type { Pattern } from "./place";

/** Plain-language description of one pattern, written as a tendency, never a label. */
export interface PatternCopy {
  name: string;
  short: string;
  oftenFeels: string;
  whatHelps: string[];
}

// Descriptions follow the emotional-safety article: patterns are protective strategies
// the nervous system learned, and they can change. Wording stays tentative on purpose.
/** Copy for each pattern, for result pages. */
export const patternCopy: Record<Pattern, PatternCopy> = {
  secure: {
    name: "Secure",
    short: "Your answers lean toward feeling at ease both with closeness and with time apart.",
    oftenFeels:
      "People whose answers lean this way often feel fairly confident giving and receiving love. " +
      "They tend to reach for connection when they need it and trust it will be there, and a " +
      "disagreement does not usually feel like the end of the bond.",
    whatHelps: [
      "Keep naming your needs out loud; security grows by being used.",
      "Notice what helps you find your way back after a hard moment, and make room for more of it.",
      "A secure bond is not conflict-free, it is repair-rich: mending a miss is part of what keeps it strong.",
    ],
  },
  anxious: {
    name: "Anxious",
    short:
      "Your answers lean toward worrying about being left and wanting reassurance that you matter.",
    oftenFeels:
      "People whose answers lean this way often fear being left, so they may look for reassurance " +
      "or work extra hard to keep closeness. A slow reply or a quiet evening can feel loud. This is " +
      "a protective strategy: it learned to keep love close by watching for signs of losing it.",
    whatHelps: [
      'Try naming the need under the worry, such as "I need to know we\'re okay", instead of chasing or testing.',
      "Find ways to calm your body while you wait: a walk, slow breaths, a call with a friend.",
      "Notice the times people did show up for you; your nervous system may need the reminders.",
      "Your need for closeness is not too much. It is human.",
    ],
  },
  avoidant: {
    name: "Avoidant",
    short:
      "Your answers lean toward valuing independence and feeling uneasy when closeness or emotions run high.",
    oftenFeels:
      "People whose answers lean this way often value independence and may feel overwhelmed or shut " +
      "down when emotions run high. Needing someone can feel risky, so handling things alone feels " +
      "safer. This is a protective strategy, and it was learned for good reasons.",
    whatHelps: [
      'Notice the moment you start to pull back, and try saying it: "I need a little space, and I\'ll come back."',
      "Practise small reaches: share one feeling, or ask for one small thing.",
      "Taking space is okay; coming back after it is what builds trust.",
      "Let yourself find out that your feelings can be received without you losing yourself.",
    ],
  },
  disorganized: {
    name: "Disorganized",
    short: "Your answers lean toward wanting closeness and also fearing it.",
    oftenFeels:
      "People whose answers lean this way often want closeness but also fear it, so they may reach " +
      "for someone and then pull away. That can feel confusing from the inside. This pattern often " +
      "grows out of hurt or inconsistent care, and it made sense as protection.",
    whatHelps: [
      "Go gently: notice both the pull toward closeness and the urge to protect yourself, without judging either.",
      "Steady, predictable relationships can help your nervous system learn that closeness can be safe.",
      "A trauma-informed therapist can help, especially if old hurts feel close to the surface.",
      "Patterns are protective strategies, and they can change.",
    ],
  },
};
