import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { attachmentV1, buildAnswers, type AnswerLevel } from "../../lib/attachment";
import { expect, expectAccessibleInEveryTheme, test } from "./support";
import { rowsOf, userIdOf } from "./support/database";

// Accounts and saved results, as a person uses them in Chromium, against the production build.

const PASSWORD = "kettle on the windowsill at dusk";
let counter = 0;
const newEmail = (label: string) => `${label}-${Date.now().toString(36)}-${counter++}@example.test`;

type Levels = Record<"anxiety" | "avoidance", AnswerLevel>;

/** Finishes the questionnaire anonymously with the form post the no-JavaScript path uses. */
async function finishQuestionnaire(page: Page, levels: Levels) {
  const answers = buildAnswers(attachmentV1, levels);
  const form: Record<string, string> = {
    instrumentId: attachmentV1.id,
    version: String(attachmentV1.version),
  };
  for (const [item, value] of Object.entries(answers)) form[`q:${item}`] = String(value);
  const response = await page.request.post("/reflect/score", { form, maxRedirects: 0 });
  expect(response.status()).toBe(303);
  await page.goto("/reflect/result");
  await expect(page.getByRole("heading", { name: "What your answers suggest" })).toBeVisible();
}

async function signUpInPage(page: Page, email: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Choose a password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Save your recovery codes" })).toBeVisible();
}

async function signInInPage(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A signed-in account with one saved result, made through the pages. Returns the result id. */
async function accountWithResult(page: Page, email: string, levels: Levels) {
  await finishQuestionnaire(page, levels);
  await page.getByRole("link", { name: "Save this result" }).click();
  await signUpInPage(page, email);
  await page.getByRole("link", { name: /continue/ }).click();
  await page.getByRole("button", { name: "Save to my account" }).click();
  await expect(page).toHaveURL(/\/results\/[\w-]+\?saved=1$/);
  return new URL(page.url()).pathname.split("/")[2]!;
}

test.describe("accounts and saved results", () => {
  test("a new person saves, returns, compares, writes notes, exports and deletes everything", async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    const email = newEmail("journey");

    // Anonymous questionnaire, then "Save this result" leads through sign-up.
    await finishQuestionnaire(page, { anxiety: "high", avoidance: "low" });
    await page.getByRole("link", { name: "Save this result" }).click();
    await expect(page).toHaveURL(/\/sign-up\?next=(%2F|\/)results(%2F|\/)save$/);
    await expect(page.getByRole("link", { name: "Sign in" }).last()).toHaveAttribute(
      "href",
      "/sign-in?next=%2Fresults%2Fsave",
    );

    // A common password is refused with a clear message; a passphrase is fine.
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Choose a password").fill("password1");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText(/too common or too easy to guess/)).toBeVisible();
    await expect(page.getByLabel("Choose a password")).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Choose a password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { name: "Save your recovery codes" })).toBeVisible();
    await expect(
      page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem"),
    ).toHaveCount(8);

    // The session cookie is HttpOnly, SameSite=Lax and Secure (production build).
    const session = (await context.cookies()).find((c) =>
      c.name.endsWith("better-auth.session_token"),
    );
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: true });

    await page.getByRole("link", { name: /continue/ }).click();
    await expect(page.getByRole("heading", { name: "Save this result?" })).toBeVisible();
    await page.getByRole("button", { name: "Save to my account" }).click();
    await expect(page).toHaveURL(/\/results\/[\w-]+\?saved=1$/);
    const firstId = new URL(page.url()).pathname.split("/")[2]!;
    await expect(page.getByText("This result is saved to your account")).toBeVisible();
    await expect(page.getByText("Your answers sit nearest the anxious pattern")).toBeVisible();
    // Nothing is left on the device: no answers cookie, no in-progress copy.
    expect((await context.cookies()).some((c) => c.name.startsWith("sb-result-"))).toBe(false);
    expect(
      await page.evaluate(() =>
        localStorage.getItem("secure-base:progress:secure-base-attachment"),
      ),
    ).toBeNull();

    // Sign out, sign in again, and find it.
    await page.goto("/account");
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
    await page.goto("/results");
    await expect(page.getByRole("link", { name: "Create an account" })).toBeVisible();
    await signInInPage(page, email);
    await expect(page).toHaveURL(/\/results$/);
    await expect(
      page.getByRole("list", { name: "Saved results" }).getByRole("listitem"),
    ).toHaveCount(1);
    await expect(page.getByText("nearest pattern: Anxious")).toBeVisible();

    // Take it again: saved directly, both in the history, the chart and the comparison.
    await finishQuestionnaire(page, { anxiety: "low", avoidance: "low" });
    await page.getByRole("link", { name: "Save this result" }).click();
    await page.getByRole("button", { name: "Save to my account" }).click();
    await expect(page).toHaveURL(/\/results\/[\w-]+\?saved=1$/);
    const secondId = new URL(page.url()).pathname.split("/")[2]!;
    await page.goto("/results");
    await expect(
      page.getByRole("list", { name: "Saved results" }).getByRole("listitem"),
    ).toHaveCount(2);
    await expect(page.getByRole("img", { name: "Attachment anxiety over time" })).toBeVisible();
    await expect(page.getByRole("img", { name: "Attachment avoidance over time" })).toBeVisible();
    await page.getByText("Show the chart as a table").click();
    await expect(
      page.getByRole("table", { name: /Your scores over time/ }).getByRole("row"),
    ).toHaveCount(3);
    await page.getByRole("link", { name: "Compare two results" }).click();
    await expect(
      page.getByText(
        /Attachment anxiety went down by [\d.]+ points: larger than measurement noise/,
      ),
    ).toBeVisible();
    await expect(
      page.getByText(/Attachment avoidance stayed the same: within measurement noise/),
    ).toBeVisible();

    // A note: added, shown as text (never run as markup), edited, deleted.
    await page.goto(`/results/${firstId}`);
    const markup = `<script>window.__noteRan = true</script>\n<b>not bold</b>`;
    await page.getByLabel("Add a private note").fill(markup);
    await page.getByRole("button", { name: "Save note" }).click();
    await expect(page.getByRole("status").getByText("Note saved.")).toBeVisible();
    await expect(page.getByTestId("note-body")).toHaveText(markup);
    expect(
      await page.getByTestId("note-body").evaluate((el) => el.querySelector("script, b")),
    ).toBeNull();
    expect(
      await page.evaluate(() => (window as { __noteRan?: boolean }).__noteRan),
    ).toBeUndefined();
    await page.getByLabel("Edit your note").fill("Felt calmer after talking it through.");
    await page.getByRole("button", { name: "Save note" }).click();
    await expect(page.getByTestId("note-body")).toHaveText("Felt calmer after talking it through.");
    await page.getByRole("button", { name: "Delete note" }).click();
    await expect(page.getByTestId("note-body")).toHaveCount(0);
    await expect(page.getByLabel("Add a private note")).toHaveValue("");

    // Export both results as JSON and CSV.
    await page.goto("/account");
    const [jsonDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download as JSON" }).click(),
    ]);
    const exported = JSON.parse(await readFile(await jsonDownload.path(), "utf8")) as {
      schemaVersion: number;
      results: { id: string }[];
    };
    expect(exported.schemaVersion).toBe(1);
    expect(exported.results.map((r) => r.id).sort()).toEqual([firstId, secondId].sort());
    const [csvDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /Download as CSV/ }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile(await csvDownload.path(), "utf8");
    expect(csv).toContain(firstId);
    expect(csv).toContain(secondId);

    // Delete one result, after confirming.
    await page.goto(`/results/${secondId}`);
    await page.getByText("Delete this result", { exact: true }).click();
    await page.getByRole("button", { name: "Yes, delete this result" }).click();
    await expect(page).toHaveURL(/\/results\?deleted=1$/);
    await expect(
      page.getByRole("list", { name: "Saved results" }).getByRole("listitem"),
    ).toHaveCount(1);
    expect((await page.request.get(`/results/${secondId}`)).status()).toBe(404);

    // Delete the account: signing in then fails, and the rows are gone.
    const userId = await userIdOf(email);
    expect((await rowsOf(userId)).Result).toBe(1);
    await page.goto("/account");
    await page.getByLabel("Type your password to confirm").fill(PASSWORD);
    await page.getByRole("button", { name: "Delete my account and all my data" }).click();
    await expect(page).toHaveURL(/\/goodbye$/);
    await signInInPage(page, email);
    await expect(page.getByText(/don't match an account/)).toBeVisible();
    expect(await rowsOf(userId)).toEqual({
      user: 0,
      session: 0,
      account: 0,
      Result: 0,
      Note: 0,
      RecoveryCode: 0,
    });
  });

  test("another account cannot read, change or delete someone else's results or notes", async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const ownerPage = await (await browser.newContext()).newPage();
    const ownerId = await accountWithResult(ownerPage, newEmail("owner"), {
      anxiety: "high",
      avoidance: "high",
    });
    await ownerPage.getByLabel("Add a private note").fill("Only the owner may read this.");
    await ownerPage.getByRole("button", { name: "Save note" }).click();
    await expect(ownerPage.getByTestId("note-body")).toBeVisible();

    const otherPage = await (await browser.newContext()).newPage();
    const otherId = await accountWithResult(otherPage, newEmail("other"), {
      anxiety: "low",
      avoidance: "low",
    });
    for (const path of [`/results/${ownerId}`, `/results/compare?a=${ownerId}&b=${otherId}`]) {
      const response = await otherPage.request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text()).not.toContain("Only the owner may read this.");
    }
    for (const path of ["/api/export/json", "/api/export/csv"]) {
      const text = await (await otherPage.request.get(path)).text();
      expect(text).toContain(otherId);
      expect(text).not.toContain(ownerId);
    }

    // Tampered forms: the other person's own page, with the owner's id swapped into the forms.
    // After hydration: hydrating the forms would put their own id back.
    await otherPage.goto(`/results/${otherId}`, { waitUntil: "networkidle" });
    await otherPage
      .locator('input[name="resultId"]')
      .evaluateAll(
        (inputs, id) => inputs.forEach((i) => ((i as HTMLInputElement).value = id)),
        ownerId,
      );
    await otherPage.getByLabel("Add a private note").fill("Overwritten by someone else");
    await otherPage.getByRole("button", { name: "Save note" }).click();
    await expect(
      otherPage.getByRole("heading", { name: "We couldn’t find that page" }),
    ).toBeVisible();
    await otherPage.goto(`/results/${otherId}`, { waitUntil: "networkidle" });
    await otherPage
      .locator('input[name="resultId"]')
      .evaluateAll(
        (inputs, id) => inputs.forEach((i) => ((i as HTMLInputElement).value = id)),
        ownerId,
      );
    await otherPage.getByText("Delete this result", { exact: true }).click();
    await otherPage.getByRole("button", { name: "Yes, delete this result" }).click();
    await expect(
      otherPage.getByRole("heading", { name: "We couldn’t find that page" }),
    ).toBeVisible();

    await ownerPage.goto(`/results/${ownerId}`);
    await expect(ownerPage.getByTestId("note-body")).toHaveText("Only the owner may read this.");
  });

  test("ten rapid wrong passwords are throttled", async ({ page }) => {
    const email = newEmail("throttle");
    await page.goto("/sign-up");
    await signUpInPage(page, email);
    await page.context().clearCookies();
    const messages: string[] = [];
    for (let i = 0; i < 10; i++) {
      await signInInPage(page, email, `wrong password number ${i}`);
      const alert = page.getByRole("alert").filter({ hasText: /\w/ });
      await expect(alert).toBeVisible();
      messages.push((await alert.textContent()) ?? "");
    }
    expect(messages.filter((m) => /Too many attempts/.test(m)).length).toBeGreaterThanOrEqual(5);
    await signInInPage(page, email);
    await expect(page.getByText(/Too many attempts/)).toBeVisible();
  });

  test("signing up and in works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const email = newEmail("nojs");
    await page.goto("/sign-up?next=/results");
    await signUpInPage(page, email);
    await page.getByRole("link", { name: /continue/ }).click();
    await expect(page.getByRole("heading", { name: "My results" })).toBeVisible();
    await expect(page.getByText("You haven't saved a result yet.")).toBeVisible();
    await context.clearCookies();
    await signInInPage(page, email);
    await expect(page).toHaveURL(/\/results$/);
    await page.goto("/sign-in");
    await expect(page).toHaveURL(/\/results$/); // already signed in
    await context.close();
  });

  test("account pages have no axe violations in light and dark", async ({ page }) => {
    test.setTimeout(180_000);
    for (const path of ["/results", "/sign-in", "/sign-up", "/forgot-password"]) {
      await expectAccessibleInEveryTheme(page, path);
    }
    const firstId = await accountWithResult(page, newEmail("axe"), {
      anxiety: "high",
      avoidance: "low",
    });
    await page.getByLabel("Add a private note").fill("A note\nover two lines.");
    await page.getByRole("button", { name: "Save note" }).click();
    await expect(page.getByTestId("note-body")).toBeVisible();
    await finishQuestionnaire(page, { anxiety: "low", avoidance: "mid" });
    await page.goto("/results/save");
    await expectAccessibleInEveryTheme(page, "/results/save");
    await page.getByRole("button", { name: "Save to my account" }).click();
    await expect(page).toHaveURL(/\/results\/[\w-]+\?saved=1$/);
    for (const path of [
      "/results",
      `/results/${firstId}`,
      "/results/compare",
      "/account",
      "/results/save",
    ]) {
      await expectAccessibleInEveryTheme(page, path);
    }
  });
});
