import { attachmentV1 } from "../../lib/attachment";
import { expect, expectAccessibleInEveryTheme, test } from "./support";

const total = attachmentV1.items.length;

test.describe("the attachment reflection", () => {
  test("intro and questions have no axe violations in any theme", async ({ page }) => {
    await expectAccessibleInEveryTheme(page, "/reflect");
    await expectAccessibleInEveryTheme(page, "/reflect/questions");
  });

  test("completes by keyboard alone, resumes after a reload, and shows an accessible result", async ({
    page,
  }) => {
    await page.goto("/reflect");
    // Tab to the start button as a keyboard user would.
    const start = page.getByRole("link", { name: "Start the reflection" });
    for (let i = 0; i < 40 && !(await start.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/reflect\/questions$/);
    await expect(page.getByText(`0 of ${total} answered`)).toBeVisible();

    // Reach the first answer with Tab, then answer with number keys and Enter.
    const firstRadio = page.getByRole("radio").first();
    for (
      let i = 0;
      i < 40 && !(await firstRadio.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press("Tab");
    }
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press(String((i % 7) + 1));
      await page.keyboard.press("Enter");
    }
    await expect(page.getByText(`10 of ${total} answered`)).toBeVisible();

    // A refresh loses nothing: the page offers to resume where the person was.
    await page.reload();
    await expect(
      page.getByText(`You answered 10 of ${total} questions on this device`),
    ).toBeVisible();
    await page.keyboard.press("Enter"); // "Resume" has focus
    await expect(page.getByText(`10 of ${total} answered`)).toBeVisible();
    await expect(page.getByText(`Question 11 of ${total}`).first()).toBeVisible();

    // Arrow keys move within the native radio group too.
    await page.keyboard.press("4");
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("radio", { name: "5 Somewhat agree" })).toBeChecked();
    await page.keyboard.press("Enter");
    for (let i = 11; i < total; i++) {
      await page.keyboard.press(String((i % 7) + 1));
      await page.keyboard.press("Enter");
    }
    await expect(page.getByRole("heading", { name: "Review your answers" })).toBeFocused();
    await expect(page.getByText("You answered every question.")).toBeVisible();
    await page.keyboard.press("Tab"); // Back
    await page.keyboard.press("Tab"); // See my result
    await expect(page.getByRole("button", { name: "See my result" }).first()).toBeFocused();
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(/\/reflect\/result$/);
    await expect(page.getByRole("heading", { name: "What your answers suggest" })).toBeVisible();
    await expect(
      page.getByRole("img", { name: "Where your answers sit on the two dimensions" }),
    ).toBeVisible();
    await expect(page.getByRole("table", { name: /Your scores/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Get support now" }).first()).toBeVisible();
    // The in-progress copy is cleared once the result exists.
    expect(
      await page.evaluate(() =>
        localStorage.getItem("secure-base:progress:secure-base-attachment"),
      ),
    ).toBeNull();
    await expectAccessibleInEveryTheme(page, "/reflect/result");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the whole questionnaire completes and shows the result", async ({ page }) => {
    await page.goto("/reflect/questions");
    await expect(page.getByRole("group")).toHaveCount(total);
    // High anxiety, low avoidance, answered with the instrument's own keying.
    for (const item of attachmentV1.items) {
      const high = item.dimension === "anxiety";
      const value = high !== item.reverse ? 7 : 1;
      await page.locator(`input[name="q:${item.id}"][value="${value}"]`).check();
    }
    await page.getByRole("button", { name: "See my result" }).click();
    await expect(page).toHaveURL(/\/reflect\/result$/);
    await expect(page.getByText("Your answers sit nearest the anxious pattern.")).toBeVisible();
  });

  test("too few answers come back with a clear message and nothing lost", async ({ page }) => {
    await page.goto("/reflect/questions");
    const kept = attachmentV1.items.slice(0, 5);
    for (const item of kept) await page.locator(`input[name="q:${item.id}"][value="3"]`).check();
    await page.getByRole("button", { name: "See my result" }).click();
    await expect(page).toHaveURL(/\/reflect\/questions\?problem=1$/);
    await expect(page.getByRole("alert")).toContainText("Your result needs a few more answers");
    for (const item of kept) {
      await expect(page.locator(`input[name="q:${item.id}"][value="3"]`)).toBeChecked();
    }
  });
});
