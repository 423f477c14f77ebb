import { ownValue } from "./own";
import { sem, Z_95 } from "./sem";
import type { Instrument, PsychometricParams } from "./types";

/** Jacobson–Truax reliable change between two scores on the same dimension. */
export interface ReliableChange {
  /** after - before, in scale points. */
  difference: number;
  /** Standard error of the difference: sqrt(2) × SEM. */
  sDiff: number;
  /** Reliable change index: difference / sDiff. */
  rci: number;
  /** True when |rci| > 1.96, i.e. the change is larger than measurement error explains. */
  reliable: boolean;
  /** Direction of a reliable change; "none" whenever the change is not reliable. */
  direction: "up" | "down" | "none";
  /** Smallest change in scale points that would count as reliable: 1.96 × sDiff. */
  threshold: number;
}

/** A reliable change for one named dimension. */
export interface DimensionChange extends ReliableChange {
  dimension: string;
}

/**
 * Reliable change (Jacobson & Truax 1991): S_diff = sqrt(2) × SEM, RCI = (after - before) / S_diff,
 * reliable when |RCI| > 1.96. With SD 1.1 and reliability .85 the threshold is about 1.18 points.
 * Throws a RangeError for invalid params (see `sem`).
 */
export function reliableChange(
  params: PsychometricParams,
  before: number,
  after: number,
): ReliableChange {
  const sDiff = Math.SQRT2 * sem(params);
  const difference = after - before;
  const rci = difference / sDiff;
  const reliable = Math.abs(rci) > Z_95;
  return {
    difference,
    sDiff,
    rci,
    reliable,
    direction: reliable ? (difference > 0 ? "up" : "down") : "none",
    threshold: Z_95 * sDiff,
  };
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/**
 * Reliable change for every dimension of `instrument` that has a finite score in both
 * `before` and `after` (dimension id → mean); other dimensions are left out rather than guessed.
 */
export function compareResults(
  instrument: Instrument,
  before: Record<string, number>,
  after: Record<string, number>,
): Record<string, DimensionChange> {
  const changes: Record<string, DimensionChange> = {};
  for (const def of instrument.dimensions) {
    const from = ownValue(before, def.id);
    const to = ownValue(after, def.id);
    if (!isFiniteNumber(from) || !isFiniteNumber(to)) continue;
    changes[def.id] = { dimension: def.id, ...reliableChange(def.params, from, to) };
  }
  return changes;
}
