import { test as base, expect } from "@playwright/test";
import { watchRequests, type RequestWatch } from "./request-guard";

/** Playwright's `test` with a request guard that fails any test whose pages reached a third party. */
export const test = base.extend<{ requestWatch: RequestWatch }>({
  requestWatch: [
    async ({ page, baseURL }, use) => {
      const watch = watchRequests(page, baseURL ? new URL(baseURL).host : undefined);
      await use(watch);
      watch.expectFirstPartyOnly();
    },
    { auto: true },
  ],
});

export { expect };
