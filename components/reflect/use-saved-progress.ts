"use client";

import { useEffect, useState } from "react";
import type { Answers } from "@/lib/attachment";

export type Progress = { version: number; answers: Answers; index: number; updatedAt: number };

/** localStorage key for in-progress answers; the accounts flow clears it after a save. */
export const progressKey = (instrumentId: string) => `secure-base:progress:${instrumentId}`;

export function readProgress(instrumentId: string, version: number): Progress | null {
  try {
    const raw = localStorage.getItem(progressKey(instrumentId));
    const parsed = raw ? (JSON.parse(raw) as Progress) : null;
    if (!parsed || parsed.version !== version || typeof parsed.answers !== "object") return null;
    return Object.keys(parsed.answers).length > 0 ? parsed : null;
  } catch {
    return null;
  }
}

export function writeProgress(instrumentId: string, progress: Progress) {
  try {
    localStorage.setItem(progressKey(instrumentId), JSON.stringify(progress));
  } catch {
    // Private browsing or a full quota: the questionnaire still works, only without resume.
  }
}

export function clearProgress(instrumentId: string) {
  try {
    localStorage.removeItem(progressKey(instrumentId));
  } catch {
    // Nothing stored, nothing to clear.
  }
}

/**
 * Progress found on this device when the page opened, until the person resumes or restarts.
 * `skip` is set when the server handed back answers to correct, which are newer than any copy here.
 */
export function useStoredProgress(instrumentId: string, version: number, skip = false) {
  const [stored, setStored] = useState<Progress | null>(null);
  useEffect(() => {
    if (!skip) setStored(readProgress(instrumentId, version));
  }, [instrumentId, version, skip]);
  return [stored, setStored] as const;
}
