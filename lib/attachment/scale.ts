import type { Item, ResponseScale } from "./types";

/** The 1–7 agreement scale shared by both instruments (the convention of ECR-R, ECR-S and ECR-RS). */
export const agreementScale: ResponseScale = {
  min: 1,
  max: 7,
  points: [
    { value: 1, label: "Strongly disagree" },
    { value: 2, label: "Disagree" },
    { value: 3, label: "Somewhat disagree" },
    { value: 4, label: "Neither agree nor disagree" },
    { value: 5, label: "Somewhat agree" },
    { value: 6, label: "Agree" },
    { value: 7, label: "Strongly agree" },
  ],
};

/** Middle of the scale (4 on 1–7); used as the high/low boundary. */
export function scaleMidpoint(scale: ResponseScale): number {
  return (scale.min + scale.max) / 2;
}

/** True when `value` is a whole number inside the scale. */
export function isScaleValue(scale: ResponseScale, value: unknown): value is number {
  return (
    typeof value === "number" && Number.isInteger(value) && value >= scale.min && value <= scale.max
  );
}

/**
 * The value an answer contributes to its dimension: reverse-keyed items are mirrored
 * (`min + max - x`, i.e. 8 - x on 1–7) so that higher always means more of the dimension.
 */
export function keyedValue(item: Item, scale: ResponseScale, raw: number): number {
  return item.reverse ? scale.min + scale.max - raw : raw;
}
