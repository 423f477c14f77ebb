import { expect, type Page } from "@playwright/test";

export type RequestWatch = {
  /** Every URL the page requested since the watch began, in order. */
  requests: string[];
  /** The requested URLs whose host is not the app's own. */
  foreign: () => string[];
  /**
   * Resolves once no request has started for `quietMs` (at most `maxMs`): time for hydration,
   * prefetches and lazy loads. Not "networkidle": Next leaves 404 prefetch responses unread.
   */
  settle: (quietMs?: number, maxMs?: number) => Promise<void>;
  expectFirstPartyOnly: () => void;
};

// Inline data and in-page objects never leave the browser.
const LOCAL_SCHEMES = new Set(["data:", "blob:", "about:"]);

/**
 * Records every request the page makes (documents, scripts, styles, fonts, images, fetches,
 * beacons). `firstPartyHost` is the app's host:port, by default the one `baseURL` names.
 */
export function watchRequests(page: Page, firstPartyHost?: string): RequestWatch {
  const requests: string[] = [];
  let lastRequestAt = Date.now();
  page.on("request", (request) => {
    requests.push(request.url());
    lastRequestAt = Date.now();
  });
  const own = () => firstPartyHost ?? new URL(page.url()).host;
  const foreign = () =>
    requests.filter((url) => {
      const u = new URL(url);
      return !LOCAL_SCHEMES.has(u.protocol) && u.host !== own();
    });
  const settle = async (quietMs = 750, maxMs = 10_000) => {
    const deadline = Date.now() + maxMs;
    while (Date.now() - lastRequestAt < quietMs && Date.now() < deadline) {
      await page.waitForTimeout(100);
    }
  };
  return {
    requests,
    foreign,
    settle,
    expectFirstPartyOnly: () =>
      expect(
        foreign(),
        `requests to hosts other than ${own()}:\n  ${foreign().join("\n  ")}`,
      ).toEqual([]),
  };
}
