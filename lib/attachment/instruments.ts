import { areV1 } from "./are-v1";
import { attachmentV1 } from "./attachment-v1";
import type { Instrument } from "./types";

/** Every instrument version the app can score. Old versions stay so stored results remain scorable. */
export const instruments: readonly Instrument[] = [attachmentV1, areV1];

/** The exact instrument version, or undefined when that id/version pair is unknown. */
export function getInstrument(id: string, version: number): Instrument | undefined {
  return instruments.find((instrument) => instrument.id === id && instrument.version === version);
}

/** The highest registered version of an instrument, or undefined for an unknown id. */
export function latestInstrument(id: string): Instrument | undefined {
  let latest: Instrument | undefined;
  for (const instrument of instruments) {
    if (instrument.id === id && (!latest || instrument.version > latest.version))
      latest = instrument;
  }
  return latest;
}
