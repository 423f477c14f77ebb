import type { Page, Response } from "@playwright/test";
import { areV1, attachmentV1, buildAnswers } from "../../lib/attachment";
import { encodeAnswers, resultCookie } from "../../lib/reflect/answer-code";
import { chooseTheme, expect, expectNoAxeViolations, test } from "./support";

// Every kind of page under its Content-Security-Policy in Chromium: the headers are right, the
// page hydrates (the theme select works, which needs React), and nothing is refused.

const PASSWORD = "lantern by the garden gate";

type Kind = "prerendered" | "on request";

/** Console errors, uncaught errors and CSP violation reports of one page. */
async function watchProblems(page: Page) {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // Chromium reports a 404 document itself as a failed load; that is the page under test.
    const own404 = /status of 404/.test(message.text()) && message.location().url === page.url();
    if (!own404) problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  // Added through the DevTools protocol, so the page's own CSP does not apply to it.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`,
      );
    });
  });
  return problems;
}

function expectSecurityHeaders(response: Response | null, kind: Kind) {
  expect(response, "the page responded").not.toBeNull();
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  const scripts = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  expect(scripts).not.toMatch(/'unsafe-(inline|eval)'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).toContain("form-action 'self'");
  if (kind === "prerendered") {
    expect(scripts).not.toContain("'nonce-");
    expect(scripts).toContain("'sha256-");
  } else {
    expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  }
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-frame-options"]).toBe("DENY");
  // The suite runs over http: HSTS there would be ignored at best, so it is not sent.
  expect(headers["strict-transport-security"]).toBeUndefined();
  expect(headers["x-powered-by"]).toBeUndefined();
}

/** Visits `path`, checks headers, hydration and accessibility, and fails on any console problem. */
async function visit(page: Page, path: string, kind: Kind, status = 200) {
  const problems = await watchProblems(page);
  const response = await page.goto(path);
  expect(response?.status(), `${path} status`).toBe(status);
  expectSecurityHeaders(response, kind);
  // The inline theme script ran, and React hydrated: the footer's select changes the theme.
  await expect(page.locator("html")).toHaveClass(/\bjs\b/);
  await chooseTheme(page, "dark");
  await chooseTheme(page, "system");
  await expectNoAxeViolations(page, path);
  expect(problems, `console problems on ${path}`).toEqual([]);
}

function answerCookie(instrument: typeof attachmentV1, baseURL: string) {
  return {
    name: resultCookie(instrument.id),
    value: encodeAnswers(
      instrument,
      buildAnswers(
        instrument,
        instrument === attachmentV1 ? { anxiety: "high", avoidance: "low" } : {},
      ),
    ),
    url: baseURL,
  };
}

async function signUp(page: Page, email: string) {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Choose a password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Save your recovery codes" })).toBeVisible();
}

const newEmail = (label: string) => `${label}-${Date.now().toString(36)}@example.test`;

test.describe("security headers and CSP in the browser", () => {
  for (const [path, kind] of [
    ["/", "prerendered"],
    ["/learn/emotional-security", "prerendered"],
    ["/reflect", "prerendered"],
    ["/check-in", "prerendered"],
    ["/reflect/questions", "on request"],
    ["/check-in/questions", "on request"],
    ["/sign-in", "on request"],
    ["/sign-up", "on request"],
  ] as const) {
    test(`${path} (${kind})`, async ({ page }) => {
      await visit(page, path, kind);
    });
  }

  test("the 404 page of an unknown path", async ({ page }) => {
    await visit(page, "/no-such-page", "on request", 404);
  });

  test("the 404 page of an unknown Learn article (prerendered, served without the proxy)", async ({
    page,
  }) => {
    await visit(page, "/learn/no-such-article", "prerendered", 404);
  });

  test("a result and a check-in result held in the device's cookie", async ({
    page,
    context,
    baseURL,
  }) => {
    await context.addCookies([answerCookie(attachmentV1, baseURL!), answerCookie(areV1, baseURL!)]);
    await visit(page, "/reflect/result", "on request");
    await expect(page.getByRole("heading", { name: "What your answers suggest" })).toBeVisible();
    await visit(page, "/check-in/result", "on request");
  });

  test("signed-in history", async ({ page }) => {
    await signUp(page, newEmail("csp"));
    await visit(page, "/results", "on request");
    await expect(page.getByRole("heading", { name: "My results" })).toBeVisible();
  });

  test("a client-side navigation from a prerendered page to one rendered on request", async ({
    page,
  }) => {
    const problems = await watchProblems(page);
    await page.goto("/learn/emotional-security");
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Reflect" })
      .click();
    await expect(page).toHaveURL(/\/reflect$/);
    await page.getByRole("link", { name: "Start the reflection" }).click();
    await expect(page).toHaveURL(/\/reflect\/questions$/);
    await expect(page.getByRole("radio").first()).toBeVisible();
    expect(problems).toEqual([]);
  });
});

test.describe("server actions", () => {
  test("refuse a post from another origin and accept the site's own", async ({ page }) => {
    const email = newEmail("origin");
    await signUp(page, email);
    await page.context().clearCookies();

    // The browser's own sign-in request, replayed as if a page on another site had sent it.
    await page.route("**/sign-in", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      const headers = { ...route.request().headers(), origin: "https://evil.example" };
      await route.fulfill({ response: await route.fetch({ headers }) });
    });
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    const refused = page.waitForResponse(
      (r) => r.request().method() === "POST" && r.url().endsWith("/sign-in"),
    );
    await page.getByRole("button", { name: "Sign in" }).click();
    expect((await refused).status()).toBe(500);
    await page.goto("/results");
    await expect(page.getByRole("link", { name: "Create an account" })).toBeVisible();

    await page.unroute("**/sign-in");
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/results$/);
    await expect(page.getByRole("link", { name: "Take the reflection" })).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a server action refuses a body over its size limit", async ({ page }) => {
    const signIn = async () => {
      await page.goto("/sign-in");
      await page.getByLabel("Email").fill("nobody@example.test");
      await page.getByLabel("Password").fill(PASSWORD);
      const response = page.waitForResponse(
        (r) => r.request().method() === "POST" && r.url().endsWith("/sign-in"),
      );
      await page.getByRole("button", { name: "Sign in" }).click();
      return (await response).status();
    };
    // The same form post padded past bodySizeLimit (64 KB): Next refuses it before the action
    // runs, answering 500 ("Body exceeded 64kb limit" in the server log) rather than 413.
    await page.route("**/sign-in", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      await route.continue({
        postData: `${route.request().postData() ?? ""}${" ".repeat(100 * 1024)}`,
      });
    });
    expect(await signIn()).toBe(500);
    await page.unroute("**/sign-in");
    expect(await signIn()).toBe(200);
    await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  });
});
