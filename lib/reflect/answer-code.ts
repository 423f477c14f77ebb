import { getInstrument, validateSubmission, type Answers, type Instrument } from "@/lib/attachment";

// A whole set of answers in a few dozen characters: "<instrument>~<version>~<digit per item>",
// with 0 for a skipped item. It lets answers live in a cookie on the person's own device, so
// nothing is stored on the server until they choose to save.

/** Encodes answers in the instrument's item order. */
export function encodeAnswers(instrument: Instrument, answers: Answers) {
  const digits = instrument.items.map((item) => String(answers[item.id] ?? 0)).join("");
  return `${instrument.id}~${instrument.version}~${digits}`;
}

/** Answers from a code, without checking that enough were given. */
export function decodePartial(
  code: string | undefined,
): { instrument: Instrument; answers: Answers } | null {
  const match = code?.match(/^([a-z0-9-]{1,40})~(\d{1,4})~(\d{1,200})$/);
  if (!match) return null;
  const instrument = getInstrument(match[1] ?? "", Number(match[2]));
  const digits = match[3] ?? "";
  if (!instrument || digits.length !== instrument.items.length) return null;
  // A plain object (it is passed to client components); its keys come only from the instrument.
  const answers: Answers = {};
  instrument.items.forEach((item, i) => {
    const value = Number(digits[i]);
    if (value >= instrument.scale.min && value <= instrument.scale.max) answers[item.id] = value;
  });
  return { instrument, answers };
}

/** Answers from a code, validated as a complete submission; null when anything is off. */
export function decodeAnswers(code: string | undefined) {
  const partial = decodePartial(code);
  if (!partial) return null;
  const checked = validateSubmission({
    instrumentId: partial.instrument.id,
    version: partial.instrument.version,
    answers: partial.answers,
  });
  return checked.ok ? { instrument: checked.instrument, answers: checked.answers } : null;
}

/** Cookie names: the finished answers, and a draft kept when a form post needs correcting. */
export const resultCookie = (instrumentId: string) => `sb-result-${instrumentId}`;
export const draftCookie = (instrumentId: string) => `sb-draft-${instrumentId}`;
