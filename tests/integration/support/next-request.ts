// Stands in for `next/headers` in integration tests: each Browser keeps its own cookie jar, and
// server code (better-auth via nextCookies, the data access layer, actions) reads and writes the
// jar of the browser currently "making the request". Use with:
//   vi.mock("next/headers", () => import("./support/next-request"));

type CookieOptions = { maxAge?: number; expires?: Date | number };

const octet = () => Math.floor(Math.random() * 254) + 1;

export class Browser {
  readonly jar = new Map<string, string>();
  /** Each browser gets its own client address unless told, as different people would. */
  constructor(readonly address = `10.${octet()}.${octet()}.${octet()}`) {}

  requestHeaders() {
    const headers = new Headers({ "x-forwarded-for": this.address, "user-agent": "vitest" });
    if (this.jar.size) headers.set("cookie", [...this.jar].map(([k, v]) => `${k}=${v}`).join("; "));
    return headers;
  }
}

let current = new Browser();

/** Makes `browser` the one whose cookies the next server calls see. */
export function actAs(browser: Browser) {
  current = browser;
}

export async function headers() {
  return Promise.resolve(current.requestHeaders());
}

export async function cookies() {
  const jar = current.jar;
  return Promise.resolve({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string, options: CookieOptions = {}) => {
      const expired =
        options.maxAge === 0 ||
        (options.expires !== undefined && new Date(options.expires).getTime() <= Date.now());
      if (expired || value === "") jar.delete(name);
      else jar.set(name, value);
    },
    delete: (name: string) => jar.delete(name),
  });
}
