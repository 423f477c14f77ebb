/**
 * Data types for questionnaires ("instruments"). Instruments are plain data so the
 * scoring engine stays generic: a new version is a new object, never a code change.
 */

/** One labelled point on a response scale. */
export interface ScalePoint {
  value: number;
  label: string;
}

/** A closed, whole-number response scale such as 1–7 agreement. */
export interface ResponseScale {
  min: number;
  max: number;
  points: ScalePoint[];
}

/**
 * Measurement parameters for one dimension, used for the standard error of measurement
 * and reliable change. `source` records where each number comes from, because a number
 * without provenance cannot be checked later.
 */
export interface PsychometricParams {
  sd: number;
  reliability: number;
  source: string;
}

/** One scored dimension of an instrument. */
export interface DimensionDef {
  id: string;
  label: string;
  description: string;
  /** Share of this dimension's items (0–1) that must be answered before a score is given. */
  minAnsweredShare: number;
  params: PsychometricParams;
}

/** One question. `reverse` items are keyed against their dimension. */
export interface Item {
  id: string;
  text: string;
  dimension: string;
  reverse: boolean;
  group?: string;
}

/** A versioned questionnaire. The order of `items` is the presentation order. */
export interface Instrument {
  id: string;
  version: number;
  title: string;
  scale: ResponseScale;
  dimensions: DimensionDef[];
  items: Item[];
  /** Pairs of item ids (same dimension) that should agree once reverse keying is applied. */
  consistencyPairs?: [string, string][];
}

/** Raw answers: item id → value on the instrument's scale. */
export type Answers = Record<string, number>;
