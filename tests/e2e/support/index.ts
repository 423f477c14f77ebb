/**
 * Shared helpers for the Playwright specs. Import from "./support" (or "../support"):
 *
 * - `test`, `expect`: Playwright's, with an automatic third-party request guard. Every test that uses
 *   this `test` fails if the page asked any host other than the app's own for anything (scripts,
 *   fonts, images, beacons). Use it instead of `@playwright/test`'s `test` in every spec.
 * - `expectNoAxeViolations(page, label)`: one axe scan (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) of the
 *   page as it is now; on failure the message lists each violation with its elements and fix hints.
 * - `expectAccessibleInEveryTheme(page, path)`: loads `path` and scans it four ways: system light,
 *   system dark (emulated `prefers-color-scheme`), and the explicit Dark and Light choices of the
 *   footer's Theme select (`data-theme` on <html>) set against the opposite system scheme.
 * - `chooseTheme(page, theme)`: picks "system" | "light" | "dark" in the footer's Theme select, as a
 *   person would. `currentTheme(page)` reads back `data-theme` and localStorage `theme`.
 * - `requestWatch` (a fixture of this `test`) and `watchRequests(page)`: the guard itself, for specs
 *   that inspect requests: `{ requests, foreign(), settle(), expectFirstPartyOnly() }`. `settle()`
 *   waits until the page has made no new request for a moment; prefer it to "networkidle", which
 *   never comes on pages whose links prefetch a 404 (Next leaves those responses unread).
 */
export { test, expect } from "./fixtures";
export {
  AXE_TAGS,
  expectNoAxeViolations,
  expectAccessibleInEveryTheme,
  formatViolations,
} from "./axe";
export { watchRequests, type RequestWatch } from "./request-guard";
export { chooseTheme, currentTheme, type ThemeChoice } from "./theme";
