// Debian's chromium for Playwright, Lighthouse and the scripts: Playwright cannot download its
// own browsers here. CHROMIUM_PATH overrides where it is.
import { execFileSync } from "node:child_process";

/** The chromium executable, or undefined when none is installed. */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync("which", ["chromium"], { encoding: "utf8" }).trim();
  } catch {
    return undefined;
  }
}

/** Flags for a quiet, self-contained run: no sandbox (containers), no background traffic. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
