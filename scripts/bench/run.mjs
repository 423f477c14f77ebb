// npm run bench: the production build under load, beside a bare Next.js app as the floor.
// Builds if needed, serves the app on a fresh SQLite database seeded through its own endpoints,
// drives each scenario with autocannon (10 connections), prints a table and writes
// bench-results/bench.json. autocannon shares the machine's cores with both servers, so
// absolute req/s understate a dedicated server; the ratios to the floor are the point.
//
// Each scenario gets BENCH_DURATION seconds (default 10) in BENCH_ROUNDS rounds (default 3),
// interleaved with the others, after a BENCH_WARMUP-second warm-up (default 2). Ratios are the
// median of per-round ratios, so load from elsewhere on a shared machine cancels out; server
// CPU per request is reported beside them as a check that does not depend on that load.
// Also: BENCH_PORT (default 3410; the floor uses the next port), BENCH_ONLY (scenario ids; their
// floors run too), BENCH_PROFILE=<dir> (the app server writes a V8 CPU profile there on exit).
import { randomBytes } from "node:crypto";
import { statSync } from "node:fs";
import path from "node:path";
import { CONNECTIONS, combine, round } from "./load.mjs";
import { judge, printTable, writeJson } from "./report.mjs";
import { buildScenarios } from "./scenarios.mjs";
import { questionnaireItems, seed } from "./seed.mjs";
import {
  ARTICLE,
  FLOOR_DIR,
  ensureAppBuild,
  ensureFloorBuild,
  freshDatabase,
  startNext,
} from "./servers.mjs";

const port = Number(process.env.BENCH_PORT ?? 3410);
const duration = Number(process.env.BENCH_DURATION ?? 10);
const warmup = Number(process.env.BENCH_WARMUP ?? 2);
const roundCount = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim());
const databaseUrl = "file:./data/bench.db";
const appOrigin = `http://127.0.0.1:${port}`;

ensureAppBuild();
const floorBuild = ensureFloorBuild(
  statSync(path.join(".next/server/app", `${ARTICLE}.html`)).size,
);
freshDatabase(databaseUrl);

const servers = [];
const stopAll = () => Promise.all(servers.map((s) => s.stop()));
process.on("SIGINT", () => void stopAll().then(() => process.exit(130)));

try {
  servers.push(
    await startNext({
      port,
      readyPath: "/api/health",
      env: {
        DATABASE_URL: databaseUrl,
        SITE_URL: appOrigin,
        BETTER_AUTH_URL: appOrigin,
        BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
      },
      nodeArgs: process.env.BENCH_PROFILE
        ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_PROFILE)}`]
        : [],
    }),
  );
  servers.push(await startNext({ cwd: FLOOR_DIR, port: port + 1, readyPath: "/static" }));
  const [app, floor] = servers;
  // The app has rendered a page on request by now (its health check, the seeding). The first
  // such request switches on Node's async-context tracking for the rest of the process, which
  // costs every later request, static ones included; the floor gets the same start.
  await (await fetch(`${floor.origin}/dynamic`)).arrayBuffer();

  console.log("Seeding accounts and results through the app's endpoints…");
  const items = await questionnaireItems(app.origin);
  const main = await seed(app.origin, items);
  const signedIn = { cookie: main.cookie };
  const history = await (await fetch(`${app.origin}/results`, { headers: signedIn })).text();
  if (!history.includes("40 saved results")) {
    throw new Error("The seeded account's history does not show its 40 results.");
  }

  const built = await buildScenarios({ app, floor, signedIn, items });
  const wanted =
    only &&
    new Set(built.scenarios.filter((s) => only.includes(s.id)).flatMap((s) => [s.id, s.floor]));
  const scenarios = built.scenarios.filter((s) => !wanted || wanted.has(s.id));
  const { sizes } = built;
  console.log(
    `HTML bytes: article ${sizes.article}, static floor ${sizes.floorStatic} (padding ${floorBuild.pad}); ` +
      `dynamic floor ${sizes.floorDynamic}, questionnaire ${sizes.questionnaire}, history ${sizes.history}.`,
  );
  console.log(
    `${CONNECTIONS} connections; per scenario ${warmup} s warm-up, then ${duration} s in ${roundCount} interleaved rounds.\n` +
      "autocannon runs on the same 2 cores as the servers, so absolute req/s understate a dedicated server.",
  );

  for (const scenario of scenarios) if (warmup > 0) await round(scenario, warmup);
  const rounds = Object.fromEntries(scenarios.map((s) => [s.id, []]));
  for (let r = 1; r <= roundCount; r++) {
    process.stdout.write(`  round ${r}/${roundCount}:`);
    for (const scenario of scenarios) {
      const measured = await round(scenario, duration / roundCount);
      rounds[scenario.id].push(measured);
      process.stdout.write(` ${scenario.id} ${measured.requestsPerSecond.toFixed(0)}`);
    }
    console.log(" req/s");
  }
  const results = Object.fromEntries(
    scenarios.map((s) => [s.id, combine(rounds[s.id], rounds[s.floor])]),
  );
  judge(results, scenarios);
  printTable(results, scenarios);
  writeJson("bench-results/bench.json", {
    settings: {
      connections: CONNECTIONS,
      durationSeconds: duration,
      rounds: roundCount,
      warmupSeconds: warmup,
      loadGeneratorSharesCores: true,
      database: "sqlite",
    },
    htmlBytes: sizes,
    scenarios: scenarios.map(({ id, url, method = "GET", floor: f, minRatio, maxP99Ms }) => ({
      id,
      path: new URL(url).pathname + new URL(url).search,
      method,
      floor: f,
      minRatio,
      maxP99Ms,
      ...results[id],
    })),
  });
  console.log("\nWrote bench-results/bench.json");
  const broken = Object.entries(results).filter(([, r]) => r.unexpected > 0);
  if (broken.length) {
    console.error(`✗ Unexpected responses in: ${broken.map(([id]) => id).join(", ")}`);
    process.exitCode = 1;
  }
} finally {
  await stopAll();
}
