import type { PsychometricParams } from "./types";

/** Two-sided 95% z value, used for both the boundary band and reliable change. */
export const Z_95 = 1.96;

/**
 * Standard error of measurement: `sd * sqrt(1 - reliability)`.
 * Throws a RangeError for an SD that is not positive or a reliability outside [0, 1),
 * since either would make every later uncertainty figure meaningless.
 */
export function sem(params: PsychometricParams): number {
  const { sd, reliability } = params;
  if (!(Number.isFinite(sd) && sd > 0)) throw new RangeError("SD must be a positive number.");
  if (!(reliability >= 0 && reliability < 1)) {
    throw new RangeError("Reliability must be at least 0 and below 1.");
  }
  return sd * Math.sqrt(1 - reliability);
}
