import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { areV1, buildAnswers, type AnswerLevel } from "../../lib/attachment";
import { expect, expectNoAxeViolations, test } from "./support";
import { backdateResult, rowsOf, userIdOf } from "./support/database";

const PASSWORD = "lanterns along the harbour wall";

/** Finishes a check-in about `label` with the form post the no-JavaScript path uses, then saves it. */
async function saveCheckIn(page: Page, label: string, levels: Record<string, AnswerLevel>) {
  const form: Record<string, string> = {
    instrumentId: areV1.id,
    version: String(areV1.version),
    label,
  };
  for (const [item, value] of Object.entries(buildAnswers(areV1, levels)))
    form[`q:${item}`] = String(value);
  expect((await page.request.post("/reflect/score", { form, maxRedirects: 0 })).status()).toBe(303);
  await page.goto("/check-in/result");
  await expect(page.getByText(`About ${label}, as you see it today.`)).toBeVisible();
  await page.getByRole("link", { name: "Save this check-in" }).click();
  await page.getByRole("button", { name: "Save to my account" }).click();
  await expect(page).toHaveURL(/\/results\/[\w-]+\?saved=1$/);
  return new URL(page.url()).pathname.split("/")[2]!;
}

test("two check-ins about one relationship: history, change, export and deletion", async ({
  page,
}) => {
  const email = `checkin-${Date.now().toString(36)}@example.test`;
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Choose a password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Save your recovery codes" })).toBeVisible();

  const low = Object.fromEntries(areV1.dimensions.map((d) => [d.id, "low" as const]));
  const high = Object.fromEntries(areV1.dimensions.map((d) => [d.id, "high" as const]));
  const firstId = await saveCheckIn(page, "Sam", low);
  await backdateResult(firstId, 5);
  const secondId = await saveCheckIn(page, "Sam", high);

  // Both appear in the history, named for the relationship.
  await page.goto("/results");
  await expect(page.getByText("A.R.E. check-in: Sam")).toHaveCount(2);

  // The newer one shows the change since the older one, judged against measurement noise.
  await page.goto(`/results/${secondId}`);
  await expect(page.getByRole("heading", { name: /Since your check-in on/ })).toBeVisible();
  const change = page.getByRole("table", { name: "Change on the 1 to 7 scale" });
  await expect(change.getByRole("row")).toHaveCount(7);
  await expect(
    change.getByText(/Larger than measurement noise: a real rise/).first(),
  ).toBeVisible();
  await expect(page.getByRole("img", { name: /in both directions/ })).toBeVisible();
  await expectNoAxeViolations(page, "saved check-in");
  // The older one has nothing before it.
  await page.goto(`/results/${firstId}`);
  await expect(page.getByRole("heading", { name: /Since your check-in on/ })).toHaveCount(0);

  // Both are in the JSON export.
  await page.goto("/account");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download as JSON" }).click(),
  ]);
  const exported = JSON.parse(await readFile(await download.path(), "utf8")) as {
    results: { id: string; relationshipLabel: string | null }[];
  };
  expect(exported.results.map((r) => r.id).sort()).toEqual([firstId, secondId].sort());
  expect(exported.results.every((r) => r.relationshipLabel === "Sam")).toBe(true);

  // Deleting the account removes them.
  const userId = await userIdOf(email);
  expect((await rowsOf(userId)).Result).toBe(2);
  await page.getByLabel("Type your password to confirm").fill(PASSWORD);
  await page.getByRole("button", { name: "Delete my account and all my data" }).click();
  await expect(page).toHaveURL(/\/goodbye$/);
  expect((await rowsOf(userId)).Result).toBe(0);
});
