// Helpers for scripts that drive the production build over HTTP (scripts/crash, multi-instance):
// start and stop `next start`, sign people up, save results.
import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

export const PASSWORD = "correct horse battery staple";

/** Fails early, with the fix, when there is no production build to serve. */
export function requireBuild() {
  if (!existsSync(".next/BUILD_ID")) {
    throw new Error("No production build in .next: run `npx next build` first.");
  }
}

/** A random BETTER_AUTH_SECRET, as an operator would generate one. */
export function newSecret() {
  return randomBytes(32).toString("base64url");
}

/**
 * Starts `next start` on 127.0.0.1:port for the database `databaseUrl` (already migrated), or
 * `npm start` (which also migrates) with `viaNpm`. `siteUrl` defaults to the server's own
 * origin. The server runs in its own process group so that a kill reaches it and nothing
 * else; its output is kept for `server.log()`.
 */
export async function startServer({ port, databaseUrl, siteUrl, secret, viaNpm, env = {} }) {
  const origin = `http://127.0.0.1:${port}`;
  const listen = ["-H", "127.0.0.1", "-p", String(port)];
  const child = spawn(
    viaNpm ? "npm" : process.execPath,
    viaNpm ? ["start", "--", ...listen] : ["node_modules/next/dist/bin/next", "start", ...listen],
    {
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: databaseUrl,
        SITE_URL: siteUrl ?? origin,
        BETTER_AUTH_SECRET: secret,
        ...env,
      },
    },
  );
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const server = {
    origin,
    pid: child.pid,
    exited,
    log: () => output,
    /** Sends a signal to the server's process group (as systemd does), or only its main process. */
    signal(name, { mainOnly = false } = {}) {
      try {
        process.kill(mainOnly ? child.pid : -child.pid, name);
      } catch {
        // already gone
      }
    },
    /**
     * SIGTERM to the whole group, then SIGKILL after `graceMs`; resolves with how the main
     * process ended once no process of the group is left (an orphaned server included).
     */
    async stop(graceMs = 10_000) {
      server.signal("SIGTERM");
      const deadline = Date.now() + graceMs;
      while (groupAlive()) {
        if (Date.now() > deadline) server.signal("SIGKILL");
        await sleep(100);
      }
      child.stdout.destroy();
      child.stderr.destroy();
      return exited;
    },
  };
  function groupAlive() {
    try {
      process.kill(-child.pid, 0);
      return true;
    } catch {
      return false;
    }
  }
  try {
    await waitForHealth(origin, () => child.exitCode !== null && `exited:\n${output}`);
  } catch (error) {
    await server.stop(0);
    throw error;
  }
  return server;
}

/** Waits until GET /api/health answers 200; `failed()` returns a message to stop early. */
export async function waitForHealth(origin, failed = () => false, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const problem = failed();
    if (problem) throw new Error(`${origin}: ${problem}`);
    try {
      const response = await fetch(`${origin}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${origin}/api/health did not answer within ${timeoutMs / 1000} s`);
}

/** `name=value` pairs from a response's Set-Cookie headers (attributes dropped). */
function cookiesFrom(response) {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .filter((pair) => pair && !pair.endsWith("="));
}

/**
 * A person with an account: signs up through better-auth's JSON API and keeps the session
 * cookie. `address` is sent as X-Forwarded-For, as a proxy would, so that people in a test do
 * not share one rate-limit bucket. `siteUrl` is the Origin browsers of this site send.
 */
export async function signUp(origin, { siteUrl = origin, address, email } = {}) {
  const person = {
    email: email ?? `crash-${randomUUID().slice(0, 12)}@example.test`,
    address: address ?? `10.${rnd()}.${rnd()}.${rnd()}`,
    siteUrl,
    cookie: "",
  };
  const response = await fetch(`${origin}/api/auth/sign-up/email`, {
    method: "POST",
    headers: headersFor(person),
    body: JSON.stringify({ email: person.email, password: PASSWORD, name: "" }),
  });
  if (!response.ok) {
    throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  }
  person.cookie = cookiesFrom(response).join("; ");
  if (!person.cookie.includes("session_token")) throw new Error("sign-up set no session cookie");
  return person;
}

const rnd = () => 1 + Math.floor(Math.random() * 254);

/** The headers a browser of this person would send with a JSON request. */
export function headersFor(person) {
  return {
    "content-type": "application/json",
    origin: person.siteUrl,
    "x-forwarded-for": person.address,
    ...(person.cookie ? { cookie: person.cookie } : {}),
  };
}

/** A complete, valid answer set for the attachment questionnaire (28 items on 1-7). */
export function attachmentSubmission(seed = Math.floor(Math.random() * 1000)) {
  const answers = {};
  for (let i = 1; i <= 14; i++) {
    const n = String(i).padStart(2, "0");
    answers[`anx-${n}`] = 1 + ((seed + i) % 7);
    answers[`avo-${n}`] = 1 + ((seed * 3 + i) % 7);
  }
  return { instrumentId: "secure-base-attachment", version: 1, answers };
}

/**
 * POST /api/results for `person`. Resolves `{ status, id?, body }`; network errors reject.
 * Pass `clientRequestId` to make the save idempotent.
 */
export async function saveResult(origin, person, { clientRequestId, signal } = {}) {
  const response = await fetch(`${origin}/api/results`, {
    method: "POST",
    headers: headersFor(person),
    body: JSON.stringify({ ...attachmentSubmission(), clientRequestId }),
    signal,
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, id: body?.id, body };
}

/** Runs `fn(i)` for i in 0..count-1 with at most `limit` running at once; results in order. */
export async function pool(count, limit, fn) {
  const results = new Array(count);
  let next = 0;
  async function worker() {
    while (next < count) {
      const i = next++;
      results[i] = await fn(i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
  return results;
}
