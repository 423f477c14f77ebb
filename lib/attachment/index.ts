/**
 * Public API of the attachment domain: instruments as data, validation, scoring,
 * placement, answer-quality notes, reliable change and reflection copy.
 * Pure: no framework, database, clock or randomness. Reflection, not diagnosis.
 */
export type {
  Answers,
  DimensionDef,
  Instrument,
  Item,
  PsychometricParams,
  ResponseScale,
  ScalePoint,
} from "./types";
export { agreementScale, isScaleValue, keyedValue, scaleMidpoint } from "./scale";
export { attachmentV1 } from "./attachment-v1";
export { areV1 } from "./are-v1";
export { getInstrument, instruments, latestInstrument } from "./instruments";
export { answerToward, buildAnswers, itemsFor } from "./keying";
export type { AnswerLevel } from "./keying";
export { MAX_ANSWER_KEYS, submissionSchema } from "./submission-schema";
export type { Submission } from "./submission-schema";
export { validateSubmission } from "./validate";
export type { ValidationResult } from "./validate";
export { ANSWER_FIELD_PREFIX, parseFormAnswers } from "./form-answers";
export { requiredAnswers, scoreAnswers } from "./score";
export type { DimensionScore } from "./score";
export { sem, Z_95 } from "./sem";
export { placeAttachment } from "./place";
export type { AttachmentDimension, Pattern, Placement } from "./place";
export {
  checkAnswerQuality,
  INCONSISTENT_GAP,
  INCONSISTENT_PAIRS,
  LONG_RUN_LENGTH,
} from "./quality";
export type { QualityNotice } from "./quality";
export { compareResults, reliableChange } from "./change";
export type { DimensionChange, ReliableChange } from "./change";
export { patternCopy } from "./pattern-copy";
export type { PatternCopy } from "./pattern-copy";
export { reflectionPrompts } from "./prompts";
export { scoreAttachment } from "./result";
export type { AttachmentResult } from "./result";
export { areQualities, scoreCheckIn } from "./are";
export type { AreQuality, CheckInResult, QualityComparison } from "./are";
export { conversationStarters, EVEN_GAP, gapDirection } from "./are-starters";
export type { GapDirection } from "./are-starters";
