// Several instances behind a load balancer, tried for real on this machine:
//   npm run multi-instance     (needs a production build, PostgreSQL, nginx, openssl, chromium)
// Starts a throwaway PostgreSQL cluster, migrates it once (`npm run db:deploy`), starts two
// production instances (`npm start`, same BETTER_AUTH_SECRET and SITE_URL) behind Debian's
// nginx (round robin, TLS with a throwaway certificate), then checks that sessions, idempotent
// saves and rate limits are shared, that a rolling restart drops no request, and that
// `npm run db:backup` dumps PostgreSQL. Everything it starts is stopped on exit.
// Ports: MULTI_PORT (default 3580, nginx HTTPS) to MULTI_PORT+4 (nginx HTTP redirect).
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { capture, run } from "./lib.mjs";
import {
  PASSWORD,
  headersFor,
  newSecret,
  requireBuild,
  saveResult,
  signUp,
  startServer,
} from "./support/app.mjs";
import { CHROMIUM_ARGS, chromiumPath } from "./support/chromium.mjs";
import { countResultsOf, withDatabase } from "./support/database.mjs";
import { nginxConfig, selfSignedCertificate } from "./support/nginx.mjs";

const base = Number(process.env.MULTI_PORT ?? 3580);
const ports = { nginx: base, a: base + 1, b: base + 2, postgres: base + 3, redirect: base + 4 };
const site = `https://127.0.0.1:${ports.nginx}`;

// fetch() trusts only the certificates it knew at start-up: make the throwaway certificate,
// then run the checks in a child process that trusts it (NODE_EXTRA_CA_CERTS).
if (!process.env.MULTI_INSTANCE_WORK) {
  const work = mkdtempSync(path.join(tmpdir(), "secure-base-multi-"));
  // As root, PostgreSQL runs as `postgres` and nginx workers as `nobody`: both must reach here.
  chmodSync(work, 0o755);
  const { cert } = selfSignedCertificate(work);
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], {
    stdio: "inherit",
    env: { ...process.env, MULTI_INSTANCE_WORK: work, NODE_EXTRA_CA_CERTS: cert },
  });
  for (const name of ["SIGINT", "SIGTERM"]) process.on(name, () => child.kill(name));
  const code = await new Promise((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  rmSync(work, { recursive: true, force: true });
  process.exit(code);
}

const work = process.env.MULTI_INSTANCE_WORK;
const cleanups = [];
let failed = 0;

async function cleanUp() {
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch (error) {
      console.error(`cleanup: ${error.message}`);
    }
  }
}
for (const name of ["SIGINT", "SIGTERM"]) {
  process.on(name, () => void cleanUp().then(() => process.exit(130)));
}

/** Runs one named check, printing ✓ or ✗ with its duration; later checks still run. */
async function check(name, fn) {
  const started = Date.now();
  try {
    const note = await fn();
    console.log(`✓ ${name} (${Date.now() - started} ms)${note ? `: ${note}` : ""}`);
  } catch (error) {
    failed++;
    console.log(`✗ ${name}\n  ${String(error.stack ?? error).replace(/\n/g, "\n  ")}`);
  }
}

/** get-session's user id for a cookie, asked of one origin (null when signed out). */
async function sessionUser(origin, person) {
  const response = await fetch(`${origin}/api/auth/get-session`, { headers: headersFor(person) });
  const body = await response.json();
  return body?.user?.id ?? null;
}

try {
  requireBuild();

  // 1. PostgreSQL, migrated once.
  const pgDir = path.join(work, "pg");
  const started = capture("bash", ["scripts/pg-temp.sh", "start", pgDir, String(ports.postgres)]);
  if (started.status !== 0)
    throw new Error(`PostgreSQL did not start: ${started.stderr}${started.stdout}`);
  cleanups.push(() => capture("bash", ["scripts/pg-temp.sh", "stop", pgDir]));
  const databaseUrl = started.stdout.trim();
  console.log(`PostgreSQL: ${databaseUrl}`);
  run("npm", ["run", "--silent", "db:deploy"], { DATABASE_URL: databaseUrl });

  // 2. Two instances with the same secret and public URL; each `npm start` finds nothing to migrate.
  const secret = newSecret();
  const start = (port) => startServer({ port, databaseUrl, siteUrl: site, secret, viaNpm: true });
  const instances = {};
  [instances.a, instances.b] = await Promise.all([start(ports.a), start(ports.b)]);
  cleanups.push(() => Promise.all(Object.values(instances).map((s) => s.stop())));
  console.log(`Instances: ${instances.a.origin}, ${instances.b.origin}`);

  // 3. nginx in front, from a generated config in the temporary folder (no root-owned paths).
  const nginxDir = path.join(work, "nginx");
  mkdirSync(nginxDir);
  chmodSync(nginxDir, 0o755);
  /** Writes nginx.conf; instances named in `down` get no new requests (after a reload). */
  const writeNginxConfig = (down = []) =>
    writeFileSync(
      path.join(nginxDir, "nginx.conf"),
      nginxConfig({
        dir: nginxDir,
        host: "127.0.0.1",
        httpsPort: ports.nginx,
        httpPort: ports.redirect,
        upstreams: ["a", "b"].map((n) => `127.0.0.1:${ports[n]}${down.includes(n) ? " down" : ""}`),
        cert: path.join(work, "cert.pem"),
        key: path.join(work, "key.pem"),
        debugHeaders: true,
      }),
    );
  writeNginxConfig();
  const nginxBin = existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
  const nginxArgs = ["-p", nginxDir, "-c", path.join(nginxDir, "nginx.conf"), "-e", "error.log"];
  execFileSync(nginxBin, [...nginxArgs, "-t", "-q"], { stdio: "inherit" });
  const nginx = spawn(nginxBin, nginxArgs, { stdio: "inherit" });
  cleanups.push(async () => {
    if (nginx.exitCode !== null) return;
    nginx.kill("SIGQUIT");
    await new Promise((resolve) => nginx.on("exit", resolve));
  });
  for (let i = 0; !(await fetch(`${site}/api/health`).catch(() => null))?.ok; i++) {
    if (i > 50) throw new Error("nginx did not answer");
    await sleep(100);
  }
  console.log(`nginx: ${site} → ${ports.a}, ${ports.b}\n`);

  await check("health: both instances and nginx answer, on PostgreSQL", async () => {
    for (const origin of [instances.a.origin, instances.b.origin, site]) {
      const health = await (await fetch(`${origin}/api/health`)).json();
      assert.equal(health.status, "ok", origin);
      assert.equal(health.database.provider, "postgresql", origin);
    }
  });

  await check("nginx spreads requests over both instances (round robin)", async () => {
    const served = [];
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`${site}/api/health`);
      served.push(response.headers.get("x-upstream"));
    }
    assert.deepEqual(new Set(served), new Set([`127.0.0.1:${ports.a}`, `127.0.0.1:${ports.b}`]));
    return served.map((s) => s.split(":")[1]).join(" ");
  });

  await check("TLS: HTTP redirects to HTTPS; HSTS; the session cookie is Secure", async () => {
    const plain = await fetch(`http://127.0.0.1:${ports.redirect}/reflect?x=1`, {
      redirect: "manual",
    });
    assert.equal(plain.status, 301);
    assert.equal(plain.headers.get("location"), `${site}/reflect?x=1`);
    const response = await fetch(`${site}/api/auth/sign-up/email`, {
      method: "POST",
      headers: headersFor({ siteUrl: site, address: "198.51.100.9" }),
      body: JSON.stringify({
        email: `tls-${randomUUID().slice(0, 8)}@example.test`,
        password: PASSWORD,
        name: "",
      }),
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get("strict-transport-security") ?? "", /max-age=\d+/);
    const session = response.headers.getSetCookie().find((c) => c.includes("session_token="));
    assert.match(session, /^__Secure-better-auth\.session_token=/);
    for (const attribute of [/; Secure/i, /; HttpOnly/i, /; SameSite=Lax/i]) {
      assert.match(session, attribute);
    }
  });

  await check("signed up on A: signed in on B, and through nginx", async () => {
    const person = await signUp(instances.a.origin, { siteUrl: site });
    const id = await sessionUser(instances.a.origin, person);
    assert.ok(id);
    assert.equal(await sessionUser(instances.b.origin, person), id);
    for (let i = 0; i < 4; i++) assert.equal(await sessionUser(site, person), id);
  });

  await check("signed out on B: signed out on A too", async () => {
    const person = await signUp(instances.b.origin, { siteUrl: site });
    assert.ok(await sessionUser(instances.a.origin, person));
    const out = await fetch(`${instances.b.origin}/api/auth/sign-out`, {
      method: "POST",
      headers: headersFor(person),
      body: "{}",
    });
    assert.equal(out.status, 200);
    assert.equal(await sessionUser(instances.a.origin, person), null);
  });

  await check("a save retried through the other instance lands once", async () => {
    const person = await signUp(site, { siteUrl: site });
    const key = randomUUID();
    const first = await saveResult(instances.a.origin, person, { clientRequestId: key });
    assert.equal(first.status, 201);
    const onB = await saveResult(instances.b.origin, person, { clientRequestId: key });
    assert.deepEqual([onB.status, onB.id], [200, first.id]);
    const viaNginx = await saveResult(site, person, { clientRequestId: key });
    assert.deepEqual([viaNginx.status, viaNginx.id], [200, first.id]);

    // The same save sent to both instances at the same moment, ten times over.
    for (let i = 0; i < 10; i++) {
      const raced = randomUUID();
      const both = await Promise.all(
        [instances.a, instances.b].map((s) =>
          saveResult(s.origin, person, { clientRequestId: raced }),
        ),
      );
      assert.deepEqual(both.map((r) => r.status).sort(), [200, 201], `race ${i}`);
      assert.equal(both[0].id, both[1].id, `race ${i}`);
    }
    assert.equal(await countResultsOf(databaseUrl, [person.email]), 11);
    return "1 + 10 raced saves → 11 rows";
  });

  await check("rate limits are shared: refused on A means refused on B", async () => {
    const person = { siteUrl: site, address: "203.0.113.77" };
    const email = `limited-${randomUUID().slice(0, 8)}@example.test`;
    const attempt = async (instance) => {
      const response = await fetch(`${instance.origin}/api/auth/sign-in/email`, {
        method: "POST",
        headers: headersFor(person),
        body: JSON.stringify({ email, password: "wrong password 123" }),
      });
      return response.status;
    };
    // Wrong passwords on A until A refuses; with limits kept per instance, B would still answer.
    const onA = [];
    while (onA.at(-1) !== 429) {
      onA.push(await attempt(instances.a));
      assert.ok(onA.length <= 60, `A never refused: ${onA.join(" ")}`);
    }
    assert.ok(
      onA.slice(0, -1).every((status) => status === 401),
      onA.join(" "),
    );
    const onB = await attempt(instances.b);
    assert.equal(onB, 429, "B refuses as well");
    return `A: ${onA.length - 1} × 401 then 429; B: ${onB}`;
  });

  await check("a browser signs up and opens its account through nginx", async () => {
    const { chromium } = await import("@playwright/test");
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS, "--ignore-certificate-errors"], // the throwaway certificate
    });
    try {
      const page = await browser.newPage({ baseURL: site });
      const email = `browser-${randomUUID().slice(0, 8)}@example.test`;
      await page.goto("/sign-up");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Choose a password").fill(PASSWORD);
      await page.getByRole("button", { name: "Create account" }).click();
      await page.getByRole("heading", { name: "Save your recovery codes" }).waitFor();
      for (let i = 0; i < 4; i++) {
        await page.goto("/account");
        await page.getByText(`Signed in as ${email}`).waitFor();
      }
      // The browser's own session cookie, sent to each instance directly.
      const cookie = (await page.context().cookies())
        .map(({ name, value }) => `${name}=${value}`)
        .join("; ");
      const person = { siteUrl: site, address: "198.51.100.10", cookie };
      const [onA, onB] = await Promise.all(
        [instances.a, instances.b].map((s) => sessionUser(s.origin, person)),
      );
      assert.ok(onA && onA === onB, "the browser's session is valid on both instances");
    } finally {
      await browser.close();
    }
  });

  const nginxWorkers = () =>
    readFileSync(`/proc/${nginx.pid}/task/${nginx.pid}/children`, "utf8")
      .split(/\s+/)
      .filter(Boolean);
  /**
   * `nginx -s reload` returns at once, and the old worker goes on proxying the requests it
   * has with the old upstream list. Waits until it has exited: only then is an instance taken
   * out sure to get no more requests.
   */
  const reloadNginx = async () => {
    const old = nginxWorkers();
    execFileSync(nginxBin, [...nginxArgs, "-s", "reload"]);
    for (const deadline = Date.now() + 30_000; ; await sleep(50)) {
      const workers = nginxWorkers();
      if (workers.length && !workers.some((pid) => old.includes(pid))) return;
      assert.ok(Date.now() < deadline, `nginx's old workers (${old}) still run 30 s after reload`);
    }
  };

  await check(
    "rolling restart under load (out of nginx, SIGTERM, start, back in) drops nothing",
    async () => {
      const person = await signUp(site, { siteUrl: site });
      const problems = [];
      let acked = 0;
      let resent = 0;
      let running = true;
      // A reload makes the old worker close its idle keep-alive connections, and a save sent on
      // one at that instant fails unanswered ("other side closed"): the HTTP/1.1 keep-alive race,
      // in front of any instance. Browsers resend such a request; so does this client, with the
      // same clientRequestId. nginx had not read it, so the resent save must be the first (201).
      // Each failure uses up one of the connections the old worker closed: at most one a client.
      const clients = 4;
      const closedUnanswered = (error) =>
        ["UND_ERR_SOCKET", "ECONNRESET"].includes(error.cause?.code);
      const save = async (clientRequestId, attempt = 1) => {
        try {
          const { status } = await saveResult(site, person, { clientRequestId });
          return { status, attempt };
        } catch (error) {
          if (closedUnanswered(error) && attempt <= clients) {
            resent++;
            return save(clientRequestId, attempt + 1);
          }
          return { status: `${error.message} (${error.cause?.code})`, attempt };
        }
      };
      const load = Promise.all(
        Array.from({ length: clients }, async () => {
          while (running) {
            const { status, attempt } = await save(randomUUID());
            if (status === 201) acked++;
            else problems.push(`${status} (attempt ${attempt})`);
          }
        }),
      );
      const exits = [];
      try {
        await sleep(1000);
        for (const name of ["a", "b"]) {
          writeNginxConfig([name]);
          await reloadNginx();
          const stopping = Date.now();
          await instances[name].stop(30_000);
          const tookMs = Date.now() - stopping;
          assert.ok(tookMs < 30_000, `${name} drained and exited without SIGKILL`);
          exits.push(`${name} stopped in ${tookMs} ms`);
          instances[name] = await start(ports[name]);
          writeNginxConfig();
          await reloadNginx();
        }
      } finally {
        running = false;
        await load;
      }
      if (problems.length)
        console.log(
          readFileSync(path.join(work, "nginx", "error.log"), "utf8")
            .split("\n")
            .filter((l) => !/refused|temporarily/.test(l))
            .join("\n"),
        );
      assert.deepEqual(problems, [], "every save through nginx was answered 201");
      assert.equal(await countResultsOf(databaseUrl, [person.email]), acked);
      return `${acked} saves, 0 failed (${resent} resent); ${exits.join(", ")}`;
    },
  );

  await check("npm run db:backup dumps PostgreSQL; the dump restores", async () => {
    const out = execFileSync("npm", ["run", "--silent", "db:backup", "--", path.join(work, "bk")], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: "utf8",
    });
    const file = out.trim().split("\n").at(-1);
    const copyUrl = databaseUrl.replace(/\/secure_base$/, "/secure_base_restored");
    await withDatabase(databaseUrl, (q) => q("CREATE DATABASE secure_base_restored"));
    execFileSync("pg_restore", ["--no-owner", "--dbname", copyUrl, file]);
    const count = (url) =>
      withDatabase(url, async (q) => Number((await q('SELECT COUNT(*) AS n FROM "Result"'))[0].n));
    const [original, restored] = [await count(databaseUrl), await count(copyUrl)];
    assert.equal(restored, original);
    return `${path.basename(file)}: ${restored} results restored`;
  });
} catch (error) {
  failed++;
  console.error(`✗ ${error.stack ?? error}`);
} finally {
  await cleanUp();
}
console.log(failed ? `\n${failed} check(s) failed` : "\nAll multi-instance checks passed.");
process.exit(failed ? 1 : 0);
