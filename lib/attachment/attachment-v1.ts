import { agreementScale } from "./scale";
import type { Instrument, Item, PsychometricParams } from "./types";

// Provisional until this instrument has its own data; see psychometrics.md for the ranges quoted.
const provisionalParams: PsychometricParams = {
  sd: 1.1,
  reliability: 0.85,
  source:
    "Provisional design values, not measured on this instrument. Reliability .85 sits in the " +
    "alpha range of about .80-.90 reported for good short attachment scales (ECR-R, Fraley, " +
    "Waller & Brennan 2000; ECR-S, Wei et al. 2007); ECR-S one-month test-retest is about .80, " +
    "so change thresholds may be slightly optimistic. SD 1.1 is an assumed spread for a mean of " +
    "1-7 agreement items; published ECR-R/ECR-S SDs could not be verified for this project. " +
    "Replace both once this instrument has its own data.",
};

// Original wording. Presentation order interleaves the two dimensions; ids follow that order.
// Three reverse-keyed items per dimension: enough to notice straight-lining, few enough
// to limit the validity cost reported by van Sonderen et al. (2013).
const items: Item[] = [
  {
    id: "anx-01",
    dimension: "anxiety",
    reverse: false,
    text: "If a message I send goes unanswered for a while, I start to wonder what I did wrong.",
  },
  {
    id: "avo-01",
    dimension: "avoidance",
    reverse: false,
    text: "When someone I care about wants to talk about feelings, I look for a way to change the subject.",
  },
  {
    id: "anx-02",
    dimension: "anxiety",
    reverse: false,
    text: "When someone I care about seems quiet or distant, I feel uneasy until I know we're okay.",
  },
  {
    id: "avo-02",
    dimension: "avoidance",
    reverse: false,
    text: "I would rather sort out a hard problem on my own than ask someone close to me for help.",
  },
  {
    id: "anx-03",
    dimension: "anxiety",
    reverse: false,
    text: "I go out of my way to keep people happy so they won't drift away from me.",
  },
  {
    id: "avo-03",
    dimension: "avoidance",
    reverse: true,
    text: "When I'm hurting, I let the people close to me see it.",
  },
  {
    id: "anx-04",
    dimension: "anxiety",
    reverse: true,
    text: "When someone I care about needs time alone, I can give it without worrying about us.",
  },
  {
    id: "avo-04",
    dimension: "avoidance",
    reverse: false,
    text: "When a relationship starts to feel serious, part of me wants to pull back.",
  },
  {
    id: "anx-05",
    dimension: "anxiety",
    reverse: false,
    text: "I catch myself looking for signs that someone's feelings for me are fading.",
  },
  {
    id: "avo-05",
    dimension: "avoidance",
    reverse: false,
    text: "I keep big parts of my life private, even from the people I'm closest to.",
  },
  {
    id: "anx-06",
    dimension: "anxiety",
    reverse: false,
    text: "I ask the people close to me for reassurance more often than I would like to.",
  },
  {
    id: "avo-06",
    dimension: "avoidance",
    reverse: false,
    text: "When someone leans on me for comfort, I start to feel crowded.",
  },
  {
    id: "anx-07",
    dimension: "anxiety",
    reverse: false,
    text: "After a disagreement, I can't settle down until I'm sure things between us are still okay.",
  },
  {
    id: "avo-07",
    dimension: "avoidance",
    reverse: true,
    text: "Reaching out to someone I trust when I'm upset comes naturally to me.",
  },
  {
    id: "anx-08",
    dimension: "anxiety",
    reverse: true,
    text: "I trust that the people who love me will still be there after a bad day or an argument.",
  },
  {
    id: "avo-08",
    dimension: "avoidance",
    reverse: false,
    text: "When emotions run high, I tend to go quiet or shut down.",
  },
  {
    id: "anx-09",
    dimension: "anxiety",
    reverse: false,
    text: "I replay conversations afterward, checking whether I said something that pushed the other person away.",
  },
  {
    id: "avo-09",
    dimension: "avoidance",
    reverse: false,
    text: "I feel most like myself when I don't have to count on anyone.",
  },
  {
    id: "anx-10",
    dimension: "anxiety",
    reverse: false,
    text: "When plans with someone I care about fall through, I wonder if they really want me around.",
  },
  {
    id: "avo-10",
    dimension: "avoidance",
    reverse: false,
    text: 'Saying "I need you" out loud feels uncomfortable to me.',
  },
  {
    id: "anx-11",
    dimension: "anxiety",
    reverse: false,
    text: "I hide some of my needs because I'm afraid they will be too much for people.",
  },
  {
    id: "avo-11",
    dimension: "avoidance",
    reverse: true,
    text: "I like it when someone I care about asks how I'm really doing.",
  },
  {
    id: "anx-12",
    dimension: "anxiety",
    reverse: true,
    text: "I feel steady in myself even when someone I care about is busy or hard to reach.",
  },
  {
    id: "avo-12",
    dimension: "avoidance",
    reverse: false,
    text: "When someone tries to comfort me, I tend to brush it off and say I'm fine.",
  },
  {
    id: "anx-13",
    dimension: "anxiety",
    reverse: false,
    text: "When someone I care about gives a lot of attention to others, I start to feel left out or replaced.",
  },
  {
    id: "avo-13",
    dimension: "avoidance",
    reverse: false,
    text: "I'd rather not rely on other people, because people tend to let you down.",
  },
  {
    id: "anx-14",
    dimension: "anxiety",
    reverse: false,
    text: "I feel like I have to keep earning my place in other people's lives.",
  },
  {
    id: "avo-14",
    dimension: "avoidance",
    reverse: false,
    text: "After a lot of time close to someone, I need plenty of distance to feel like myself again.",
  },
];

/**
 * Secure Base attachment instrument, version 1: 28 original items (14 anxiety, 14 avoidance)
 * on a 1–7 agreement scale, scored as two dimension means in the manner of the ECR family.
 */
export const attachmentV1: Instrument = {
  id: "secure-base-attachment",
  version: 1,
  title: "How I relate in close relationships",
  scale: agreementScale,
  dimensions: [
    {
      id: "anxiety",
      label: "Attachment anxiety",
      description:
        "How much you worry about being left or not loved enough, and how much you look for reassurance.",
      minAnsweredShare: 0.75,
      params: provisionalParams,
    },
    {
      id: "avoidance",
      label: "Attachment avoidance",
      description:
        "How uneasy closeness feels, and how much you prefer to rely on yourself rather than lean on others.",
      minAnsweredShare: 0.75,
      params: provisionalParams,
    },
  ],
  items,
  consistencyPairs: [
    ["anx-01", "anx-09"],
    ["anx-02", "anx-07"],
    ["anx-05", "anx-12"],
    ["avo-01", "avo-08"],
    ["avo-02", "avo-07"],
    ["avo-12", "avo-03"],
  ],
};
