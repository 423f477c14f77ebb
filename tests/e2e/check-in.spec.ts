import { areV1 } from "../../lib/attachment";
import { expect, expectAccessibleInEveryTheme, test } from "./support";

test.describe("the relationship check-in", () => {
  test("has no axe violations on the intro and questions", async ({ page }) => {
    await expectAccessibleInEveryTheme(page, "/check-in");
    await expectAccessibleInEveryTheme(page, "/check-in/questions");
  });

  test("completes by keyboard and shows both directions, the widest gap and starters", async ({
    page,
  }) => {
    await page.goto("/check-in/questions");
    const label = page.getByRole("textbox", { name: /Who is this check-in about/ });
    await label.focus();
    await page.keyboard.type("Sam");
    await page.keyboard.press("Tab");
    // Self items high, partner items low: every quality leans "self-higher".
    for (const item of areV1.items) {
      const high = item.dimension.startsWith("self-") !== item.reverse;
      await page.keyboard.press(high ? "6" : "2");
      await page.keyboard.press("Enter");
    }
    await expect(page.getByRole("heading", { name: "Review your answers" })).toBeFocused();
    await page.getByRole("button", { name: "See my result" }).first().press("Enter");

    await expect(page).toHaveURL(/\/check-in\/result$/);
    await expect(page.getByText("About Sam, as you see it today.")).toBeVisible();
    await expect(
      page.getByText(/you rated yourself toward Sam higher than Sam toward you/),
    ).toBeVisible();
    await expect(page.getByRole("img", { name: /in both directions/ })).toBeVisible();
    const table = page.getByRole("table", { name: "Scores from 1 to 7" });
    await expect(table.getByRole("row")).toHaveCount(4);
    await expect(page.getByRole("heading", { name: /Ways to start a conversation/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Get support now" }).first()).toBeVisible();
    await expectAccessibleInEveryTheme(page, "/check-in/result");
  });
});

test.describe("the check-in without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("completes and shows the result", async ({ page }) => {
    await page.goto("/check-in/questions");
    await page.getByRole("textbox", { name: /Who is this check-in about/ }).fill("my partner");
    for (const item of areV1.items)
      await page.locator(`input[name="q:${item.id}"][value="4"]`).check();
    await page.getByRole("button", { name: "See my result" }).click();
    await expect(page).toHaveURL(/\/check-in\/result$/);
    await expect(page.getByText("About my partner, as you see it today.")).toBeVisible();
    await expect(page.getByText(/about the same on all three qualities/)).toBeVisible();
  });

  test("a label with markup is refused clearly and the answers are kept", async ({ page }) => {
    await page.goto("/check-in/questions");
    await page.getByRole("textbox", { name: /Who is this check-in about/ }).fill("<b>x</b>");
    for (const item of areV1.items)
      await page.locator(`input[name="q:${item.id}"][value="5"]`).check();
    await page.getByRole("button", { name: "See my result" }).click();
    await expect(page).toHaveURL(/problem=label/);
    await expect(page.getByText(/Please keep it under 40 characters/)).toBeVisible();
    for (const item of areV1.items) {
      await expect(page.locator(`input[name="q:${item.id}"][value="5"]`)).toBeChecked();
    }
  });
});
