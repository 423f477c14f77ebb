import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { chooseTheme } from "./theme";

/** The WCAG rule sets every page must pass. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

function pageBackground(page: Page) {
  return page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
}

/** One line per failing element, so a failure reads without opening a trace. */
export function formatViolations(violations: AxeResults["violations"]) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map(
          (n) =>
            `    - ${n.target.join(" ")}\n      ${n.failureSummary?.replace(/\n/g, "\n      ")}`,
        )
        .join("\n");
      return `  [${v.impact ?? "?"}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join("\n");
}

/** Scans the page as it is now and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, label = page.url()) {
  const { violations } = await new AxeBuilder({ page })
    // Details of passing nodes are not needed; skipping them makes each scan faster.
    // (options() replaces the whole option set, so it comes before withTags.)
    .options({ resultTypes: ["violations"] })
    .withTags(AXE_TAGS)
    .analyze();
  expect(violations, `axe violations on ${label}:\n${formatViolations(violations)}`).toEqual([]);
}

/**
 * Loads `path` and scans it in system light, system dark, and with the footer's explicit Dark and
 * Light choices set against the opposite system scheme. Leaves the theme choice reset to System.
 */
export async function expectAccessibleInEveryTheme(page: Page, path: string) {
  // Reduced motion makes colour transitions instant, so a scan never sees a half-faded colour.
  await page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
  await page.goto(path);
  const light = await pageBackground(page);
  await expectNoAxeViolations(page, `${path} (system light)`);

  // Chromium applies an emulated scheme a frame later: wait for the colours before scanning.
  await page.emulateMedia({ colorScheme: "dark" });
  await expect.poll(() => pageBackground(page), { message: "dark scheme applied" }).not.toBe(light);
  const dark = await pageBackground(page);
  await expectNoAxeViolations(page, `${path} (system dark)`);

  await page.emulateMedia({ colorScheme: "light" });
  await chooseTheme(page, "dark");
  await expect.poll(() => pageBackground(page), { message: "data-theme dark applied" }).toBe(dark);
  await expectNoAxeViolations(page, `${path} (data-theme dark over system light)`);

  await page.emulateMedia({ colorScheme: "dark" });
  await chooseTheme(page, "light");
  await expect
    .poll(() => pageBackground(page), { message: "data-theme light applied" })
    .toBe(light);
  await expectNoAxeViolations(page, `${path} (data-theme light over system dark)`);

  await chooseTheme(page, "system");
}
