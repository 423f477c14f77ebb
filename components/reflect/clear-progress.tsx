"use client";

import { useEffect } from "react";
import { clearProgress } from "./use-saved-progress";

/** Once a result exists, the in-progress copy on this device is no longer needed. */
export function ClearProgress({ instrumentId }: { instrumentId: string }) {
  useEffect(() => clearProgress(instrumentId), [instrumentId]);
  return null;
}
