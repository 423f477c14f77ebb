import { agreementScale } from "./scale";
import type { DimensionDef, Instrument, Item, PsychometricParams } from "./types";

// No published figures back these items (they are original, and BARE's own numbers could
// not be verified), so the values are deliberately cautious guesses, labelled as such.
const provisionalParams: PsychometricParams = {
  sd: 1.3,
  reliability: 0.75,
  source:
    "Provisional design values, not measured on this instrument and not taken from any " +
    "publication: no SD or reliability for these original items exists yet, and the figures for " +
    "the BARE scale (Sandberg, Busby, Johnson & Yoshida 2012) could not be verified here. " +
    "Reliability .75 is set below the .80-.90 of longer attachment scales because each dimension " +
    "has only two items; SD 1.3 assumes wider spread for a two-item mean. Replace with real data.",
};

function dimension(id: string, label: string, description: string): DimensionDef {
  // One of two items is enough: with two items per quality, requiring both would
  // turn a single skipped question into a missing score.
  return { id, label, description, minAnsweredShare: 0.5, params: provisionalParams };
}

// Original wording. Order alternates me-toward-them and them-toward-me for each quality,
// so the two sides of the same quality are read close together.
const items: Item[] = [
  {
    id: "self-acc-1",
    dimension: "self-accessibility",
    group: "self",
    reverse: false,
    text: "When this person reaches for me, I notice and turn toward them.",
  },
  {
    id: "partner-acc-1",
    dimension: "partner-accessibility",
    group: "partner",
    reverse: false,
    text: "When I reach for this person, they notice and turn toward me.",
  },
  {
    id: "self-res-1",
    dimension: "self-responsiveness",
    group: "self",
    reverse: false,
    text: "When this person is upset, I try to understand how they feel before I offer fixes.",
  },
  {
    id: "partner-res-1",
    dimension: "partner-responsiveness",
    group: "partner",
    reverse: false,
    text: "When I'm hurting, this person responds with care instead of getting defensive.",
  },
  {
    id: "self-eng-1",
    dimension: "self-engagement",
    group: "self",
    reverse: false,
    text: "I let this person know how much they matter to me.",
  },
  {
    id: "partner-eng-1",
    dimension: "partner-engagement",
    group: "partner",
    reverse: false,
    text: "This person shows me, in words or actions, that I matter to them.",
  },
  {
    id: "self-acc-2",
    dimension: "self-accessibility",
    group: "self",
    reverse: false,
    text: "When this person needs me, I can set my phone and my to-do list aside.",
  },
  {
    id: "partner-acc-2",
    dimension: "partner-accessibility",
    group: "partner",
    reverse: false,
    text: "If I really need this person, I know they will make room for me.",
  },
  {
    id: "self-res-2",
    dimension: "self-responsiveness",
    group: "self",
    reverse: false,
    text: "I can comfort this person in a way that truly helps them feel better.",
  },
  {
    id: "partner-res-2",
    dimension: "partner-responsiveness",
    group: "partner",
    reverse: true,
    text: "When I share a need, this person tends to brush it aside.",
  },
  {
    id: "self-eng-2",
    dimension: "self-engagement",
    group: "self",
    reverse: true,
    text: "I keep my deeper feelings to myself when I'm with this person.",
  },
  {
    id: "partner-eng-2",
    dimension: "partner-engagement",
    group: "partner",
    reverse: false,
    text: "This person lets me into their inner world: their hopes, fears and feelings.",
  },
];

/**
 * A.R.E. relationship check-in, version 1: accessibility, responsiveness and engagement
 * (Sue Johnson's "Are you there for me?"), rated for me-toward-them and them-toward-me
 * about one person the respondent names. 12 original items on the 1–7 agreement scale.
 */
export const areV1: Instrument = {
  id: "are-checkin",
  version: 1,
  title: "Are we there for each other?",
  scale: agreementScale,
  dimensions: [
    dimension(
      "self-accessibility",
      "My accessibility",
      "How reachable I am for this person when they need me.",
    ),
    dimension(
      "self-responsiveness",
      "My responsiveness",
      "How well I tune in and respond to this person's feelings.",
    ),
    dimension(
      "self-engagement",
      "My engagement",
      "How much I show this person they matter and let them in.",
    ),
    dimension(
      "partner-accessibility",
      "Their accessibility",
      "How reachable this person is for me when I need them.",
    ),
    dimension(
      "partner-responsiveness",
      "Their responsiveness",
      "How well this person tunes in and responds to my feelings.",
    ),
    dimension(
      "partner-engagement",
      "Their engagement",
      "How much this person shows I matter and lets me in.",
    ),
  ],
  items,
  consistencyPairs: [
    ["self-acc-1", "self-acc-2"],
    ["partner-acc-1", "partner-acc-2"],
    ["self-res-1", "self-res-2"],
    ["partner-res-1", "partner-res-2"],
    ["self-eng-1", "self-eng-2"],
    ["partner-eng-1", "partner-eng-2"],
  ],
};
