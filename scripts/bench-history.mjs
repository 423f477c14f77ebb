// Does the history page stay fast as results pile up? Seeds accounts with 5, 50 and 500 saved
// results, then times GET /results (server render, signed in) for each.
//   npm run build && npm run bench:history
// Env: BENCH_PORT (default 3390), BENCH_DATABASE_URL (default: a temporary SQLite file; a
// postgresql:// URL benchmarks PostgreSQL), BENCH_REQUESTS (default 40 per account).
import Database from "better-sqlite3";
import pg from "pg";
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { databaseTarget, pgConfig } from "../prisma/database-target.mjs";
import { run } from "./lib.mjs";

const port = Number(process.env.BENCH_PORT ?? 3390);
const base = `http://127.0.0.1:${port}`;
const requests = Number(process.env.BENCH_REQUESTS ?? 40);
const dir = process.env.BENCH_DATABASE_URL
  ? null
  : mkdtempSync(path.join(tmpdir(), "secure-base-bench-"));
const target = databaseTarget(
  process.env.BENCH_DATABASE_URL ?? `file:${path.join(dir ?? "", "bench.db")}`,
);

run("node", ["scripts/ensure-build.mjs"]);
run("node", ["scripts/db-prepare.mjs"], { DATABASE_URL: target.url });

const server = spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(port)], {
  env: { ...process.env, DATABASE_URL: target.url, SITE_URL: base, NODE_ENV: "production" },
  stdio: ["ignore", "ignore", "inherit"],
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    // already gone
  }
};
process.on("exit", () => {
  stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
process.on("SIGINT", () => process.exit(130));

async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("The server did not start.");
}

async function signUp(email) {
  const response = await fetch(`${base}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password: "benchmark passphrase for history", name: "" }),
  });
  if (!response.ok) throw new Error(`Sign-up failed: ${response.status} ${await response.text()}`);
  const { user } = await response.json();
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { id: user.id, cookie };
}

// Realistic rows: 28 answers, two dimension scores and a placement, spread over two years.
function resultRow(userId, i, count) {
  const anxiety = 1 + Math.round(Math.random() * 60) / 10;
  const avoidance = 1 + Math.round(Math.random() * 60) / 10;
  const pattern =
    anxiety > 4
      ? avoidance > 4
        ? "disorganized"
        : "anxious"
      : avoidance > 4
        ? "avoidant"
        : "secure";
  const answers = Object.fromEntries(
    Array.from({ length: 28 }, (_, k) => [`item-${k + 1}`, 1 + Math.floor(Math.random() * 7)]),
  );
  const score = (dimension, mean) => ({
    dimension,
    mean,
    answered: 14,
    total: 14,
    minimumMet: true,
  });
  const createdAt = new Date(Date.now() - (count - i) * (730 / count) * 86_400_000);
  return {
    id: randomUUID(),
    userId,
    answers: JSON.stringify(answers),
    scores: JSON.stringify({
      anxiety: score("anxiety", anxiety),
      avoidance: score("avoidance", avoidance),
    }),
    placement: JSON.stringify({
      pattern,
      anxiety,
      avoidance,
      midpoint: 4,
      closeToBoundary: false,
      boundaryDimensions: [],
    }),
    pattern,
    anxiety,
    avoidance,
    createdAt,
  };
}

const columns = [
  "id",
  "userId",
  "instrumentId",
  "instrumentVersion",
  "answers",
  "scores",
  "placement",
  "pattern",
  "anxiety",
  "avoidance",
  "createdAt",
];
const values = (r) => [
  r.id,
  r.userId,
  "secure-base-attachment",
  1,
  r.answers,
  r.scores,
  r.placement,
  r.pattern,
  r.anxiety,
  r.avoidance,
  r.createdAt,
];
const quoted = columns.map((c) => `"${c}"`).join(", ");

async function seed(userId, count) {
  const rows = Array.from({ length: count }, (_, i) => resultRow(userId, i, count));
  if (target.provider === "sqlite") {
    const db = new Database(target.url.replace(/^file:/, ""));
    const insert = db.prepare(
      `INSERT INTO "Result" (${quoted}) VALUES (${columns.map(() => "?").join(", ")})`,
    );
    db.transaction(() => {
      for (const r of rows) {
        const v = values(r);
        v[10] = r.createdAt.toISOString().replace("Z", "+00:00"); // Prisma's SQLite adapter format
        insert.run(...v);
      }
    })();
    db.close();
    return;
  }
  const client = new pg.Client(pgConfig(target.url));
  await client.connect();
  for (const r of rows) {
    await client.query(
      `INSERT INTO "Result" (${quoted}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`,
      values(r),
    );
  }
  await client.end();
}

async function time(url, cookie) {
  const start = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  const body = await response.text();
  const ms = performance.now() - start;
  if (!response.ok || !body.includes("saved results"))
    throw new Error(`GET ${url} answered ${response.status}`);
  return ms;
}

const stats = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p90: at(0.9) };
};

await waitForServer();
const small = await signUp(`bench-5-${Date.now()}@example.test`);
const medium = await signUp(`bench-50-${Date.now()}@example.test`);
const large = await signUp(`bench-500-${Date.now()}@example.test`);
await seed(small.id, 5);
await seed(medium.id, 50);
await seed(large.id, 500);

const cases = [
  { label: "5 results, /results", url: `${base}/results`, cookie: small.cookie },
  // 50 already fills a page of the list and the chart: the same amount of HTML as 500.
  { label: "50 results, /results", url: `${base}/results`, cookie: medium.cookie },
  { label: "500 results, /results", url: `${base}/results`, cookie: large.cookie },
  { label: "500 results, /results?page=25", url: `${base}/results?page=25`, cookie: large.cookie },
];
for (const c of cases) for (let i = 0; i < 5; i++) await time(c.url, c.cookie); // warm up
const samples = cases.map(() => []);
// Interleaved, so that any drift in the machine's load affects every case alike.
for (let i = 0; i < requests; i++) {
  for (const [k, c] of cases.entries()) samples[k].push(await time(c.url, c.cookie));
}

console.log(
  `History page render time (${target.provider}, ${requests} requests each, sequential):`,
);
for (const [k, c] of cases.entries()) {
  const { median, p90 } = stats(samples[k]);
  console.log(`  ${c.label.padEnd(32)} median ${median.toFixed(1)} ms   p90 ${p90.toFixed(1)} ms`);
}
const ratio = (a, b) => (stats(samples[a]).median / stats(samples[b]).median).toFixed(2);
console.log(`  500 vs 5 (median): ${ratio(2, 0)}×   500 vs 50 (median): ${ratio(2, 1)}×`);
process.exit(0);
