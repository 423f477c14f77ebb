import type { AreQuality } from "@/lib/attachment";

/** Sue Johnson's three parts of "Are you there for me?", in plain words. */
export const qualityCopy: Record<AreQuality, { name: string; question: string }> = {
  accessibility: { name: "Accessibility", question: "Can I reach you?" },
  responsiveness: {
    name: "Responsiveness",
    question: "Can I rely on you to respond to my feelings?",
  },
  engagement: { name: "Engagement", question: "Do you value me and stay close?" },
};
