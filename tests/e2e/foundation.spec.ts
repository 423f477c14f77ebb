import { readdirSync } from "node:fs";
import path from "node:path";
import {
  chooseTheme,
  currentTheme,
  expect,
  expectAccessibleInEveryTheme,
  test,
  watchRequests,
} from "./support";

const learnSlugs = readdirSync(path.join(process.cwd(), "content", "learn"))
  .filter((f) => f.endsWith(".md"))
  .map((f) => f.replace(/\.md$/, ""));

const staticPages = [
  "/",
  "/learn",
  ...learnSlugs.map((s) => `/learn/${s}`),
  "/support",
  "/privacy",
];
const missingPage = "/this-page-does-not-exist";

test.describe("static pages", () => {
  for (const pagePath of staticPages) {
    test(`${pagePath} loads and has no axe violations in light and dark`, async ({ page }) => {
      const response = await page.request.get(pagePath);
      expect(response.status()).toBe(200);
      await expectAccessibleInEveryTheme(page, pagePath);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    });
  }

  test("the 404 page says so and has no axe violations in light and dark", async ({ page }) => {
    const response = await page.goto(missingPage);
    expect(response?.status()).toBe(404);
    await expect(
      page.getByRole("heading", { level: 1, name: /We couldn.t find that page/ }),
    ).toBeVisible();
    await expectAccessibleInEveryTheme(page, missingPage);
  });

  test("an unknown Learn slug is a 404, not an error", async ({ page }) => {
    const response = await page.goto("/learn/nope");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: /We couldn.t find that page/ })).toBeVisible();
  });
});

test.describe("keyboard", () => {
  test("the first Tab reaches Skip to content, and Enter moves focus to the main content", async ({
    page,
  }) => {
    await page.goto("/learn/emotional-security");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.locator("#main")).toBeFocused();
  });

  test("every element reached by Tab shows a visible focus outline", async ({ page }) => {
    await page.goto("/");
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          name: `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 30)}"`,
          outlineStyle: style.outlineStyle,
          outlineWidth: parseFloat(style.outlineWidth),
        };
      });
      if (!focus) break;
      seen.push(focus.name);
      expect(focus.outlineStyle, `${focus.name} has no focus outline`).not.toBe("none");
      expect(focus.outlineWidth, `${focus.name} has a zero-width focus outline`).toBeGreaterThan(0);
    }
    expect(seen.length, "Tab should reach several elements").toBeGreaterThanOrEqual(8);
  });
});

test.describe("theme", () => {
  test("a theme chosen in the footer persists across a reload and can be reset", async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/learn");
    expect(await currentTheme(page)).toEqual({ dataTheme: null, stored: null });

    await chooseTheme(page, "dark");
    const darkPaper = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    await page.reload();
    expect(await currentTheme(page)).toEqual({ dataTheme: "dark", stored: "dark" });
    await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("dark");
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
    ).toBe(darkPaper);

    await chooseTheme(page, "system");
    await page.reload();
    expect(await currentTheme(page)).toEqual({ dataTheme: null, stored: null });
    await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("system");
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
    ).not.toBe(darkPaper);
  });
});

test.describe("privacy", () => {
  test("pages request nothing from third parties", async ({ page, requestWatch }) => {
    for (const pagePath of ["/", "/learn/understanding-attachment", "/support", "/privacy"]) {
      await page.goto(pagePath);
      await requestWatch.settle();
    }
    expect(requestWatch.requests.length).toBeGreaterThan(4);
    requestWatch.expectFirstPartyOnly();
  });

  test("the request guard notices a request to another host", async ({ browser, baseURL }) => {
    // Its own context, so the automatic guard on `page` does not fail this test on purpose, and
    // without the site's CSP, which would stop the request before the guard could see it.
    const context = await browser.newContext({ baseURL, bypassCSP: true });
    const other = await context.newPage();
    const watch = watchRequests(other, new URL(baseURL!).host);
    await other.route("http://tracker.invalid/**", (route) => route.abort());
    await other.goto("/");
    await other.evaluate(() => fetch("http://tracker.invalid/pixel").catch(() => undefined));
    expect(watch.foreign()).toEqual(["http://tracker.invalid/pixel"]);
    await context.close();
  });
});

test.describe("reading without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  // A streamed loading boundary would send a skeleton first and swap the article in by script:
  // without JavaScript the skeleton would stay, and with it the page jumps once it runs.
  test("a Learn article shows its text, not a loading placeholder", async ({ page }) => {
    await page.goto("/learn/emotional-security");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("status")).toHaveCount(0);
    await expect(page.getByRole("link", { name: /^Next/ })).toBeVisible();
  });
});

test.describe("health", () => {
  test("/api/health answers 200 with a reachable database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("no-store");
    const body = (await response.json()) as { status: string; database: { reachable: boolean } };
    expect(body.status).toBe("ok");
    expect(body.database.reachable).toBe(true);
  });
});
