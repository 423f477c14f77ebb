import { expect, type Page } from "@playwright/test";

export type ThemeChoice = "system" | "light" | "dark";

/** The theme as the page holds it: `data-theme` on <html> and the choice kept in localStorage. */
export function currentTheme(page: Page) {
  return page.evaluate(() => ({
    dataTheme: document.documentElement.dataset.theme ?? null,
    stored: localStorage.getItem("theme"),
  }));
}

/** Picks a theme in the footer's Theme select and waits until the page has applied and stored it. */
export async function chooseTheme(page: Page, theme: ThemeChoice) {
  const select = page.getByRole("contentinfo").getByRole("combobox", { name: "Theme" });
  const expected =
    theme === "system" ? { dataTheme: null, stored: null } : { dataTheme: theme, stored: theme };
  // Retried: a change made before React hydrates the select is not seen by its handler.
  await expect(async () => {
    await select.selectOption(theme);
    expect(await currentTheme(page)).toEqual(expected);
  }).toPass({ timeout: 10_000 });
}
