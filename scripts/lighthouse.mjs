// Lighthouse (mobile) for the production build, on a fresh SQLite database:
//   npm run lighthouse [-- /path ...]
// Prints performance / accessibility / best-practices / SEO per page, writes
// bench-results/lighthouse.json (full reports in bench-results/lighthouse/), and lists every audit
// that cost points. Exits non-zero only when a page could not be audited, never for a low score.
// Env: LIGHTHOUSE_PORT (default 3200), CHROMIUM_PATH.
import { spawn, execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { run } from "./lib.mjs";

const port = Number(process.env.LIGHTHOUSE_PORT ?? 3200);
const origin = `http://127.0.0.1:${port}`;
const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ["/", "/learn/emotional-security", "/reflect"];
const categories = ["performance", "accessibility", "best-practices", "seo"];
const databaseUrl = "file:./data/lighthouse.db";
const serverEnv = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  SITE_URL: origin,
  NEXT_TELEMETRY_DISABLED: "1",
};

run("node", ["scripts/ensure-build.mjs"]);
for (const suffix of ["", "-wal", "-shm"]) rmSync(`data/lighthouse.db${suffix}`, { force: true });
run("node", ["scripts/db-prepare.mjs"], { DATABASE_URL: databaseUrl });

const server = spawn(
  process.execPath,
  ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)],
  { env: serverEnv, stdio: ["ignore", "ignore", "inherit"] },
);
let chrome;
const results = [];
let errors = 0;
try {
  await waitForServer(`${origin}/api/health`);
  chrome = await launch({
    chromePath:
      process.env.CHROMIUM_PATH ?? execFileSync("which", ["chromium"], { encoding: "utf8" }).trim(),
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  for (const path of paths) {
    const url = new URL(path, origin).toString();
    process.stdout.write(`Auditing ${url} … `);
    const runnerResult = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: categories,
    });
    const lhr = runnerResult?.lhr;
    if (!lhr || lhr.runtimeError) {
      errors++;
      const message = lhr?.runtimeError?.message ?? "no result";
      console.log(`error: ${message}`);
      results.push({ path, url, error: message });
      continue;
    }
    console.log("done");
    results.push(summarise(path, lhr));
    mkdirSync("bench-results/lighthouse", { recursive: true });
    const name = path.replace(/\W+/g, "-").replace(/^-|-$/g, "") || "home";
    writeFileSync(`bench-results/lighthouse/${name}.report.json`, runnerResult.report);
  }
} catch (error) {
  errors++;
  console.error(error);
} finally {
  await chrome?.kill();
  server.kill("SIGTERM");
}

printTable(results);
mkdirSync("bench-results", { recursive: true });
writeFileSync(
  "bench-results/lighthouse.json",
  JSON.stringify({ date: new Date().toISOString(), formFactor: "mobile", results }, null, 2) + "\n",
);
console.log("\nWrote bench-results/lighthouse.json");
process.exit(errors ? 1 : 0);

/** Scores out of 100, key metrics, and every weighted audit in the four categories that lost points. */
function summarise(path, lhr) {
  const scores = Object.fromEntries(
    categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
  );
  const failing = [];
  for (const c of categories) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      failing.push({
        category: c,
        id: ref.id,
        title: audit.title,
        score: audit.score,
        value: audit.displayValue,
        // What exactly failed, e.g. the console errors or the elements at fault (first five).
        items: (audit.details?.items ?? []).slice(0, 5).map(describeItem),
      });
    }
  }
  const metric = (id) => lhr.audits[id]?.displayValue;
  return {
    path,
    url: lhr.finalDisplayedUrl,
    scores,
    metrics: {
      fcp: metric("first-contentful-paint"),
      lcp: metric("largest-contentful-paint"),
      tbt: metric("total-blocking-time"),
      cls: metric("cumulative-layout-shift"),
      si: metric("speed-index"),
    },
    failing,
    // Lighthouse's CPU score for this machine (a quiet laptop is ~1,500+); a low one means the
    // performance figures are inflated by load from other processes.
    benchmarkIndex: lhr.environment.benchmarkIndex,
    warnings: lhr.runWarnings,
  };
}

function describeItem(item) {
  const text = item.description ?? item.node?.snippet ?? item.source ?? item.label ?? "";
  return [
    item.url ?? item.sourceLocation?.url,
    typeof text === "string" ? text : JSON.stringify(text),
  ]
    .filter(Boolean)
    .join(" ")
    .slice(0, 300);
}

function printTable(rows) {
  const header = ["page", "perf", "a11y", "best", "seo", "LCP", "TBT", "CLS", "CPU index"];
  const lines = rows.map((r) =>
    r.error
      ? [r.path, "error", "", "", "", "", "", "", ""]
      : [
          r.path,
          ...categories.map((c) => String(r.scores[c])),
          r.metrics.lcp ?? "",
          r.metrics.tbt ?? "",
          r.metrics.cls ?? "",
          String(Math.round(r.benchmarkIndex ?? 0)),
        ],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells) =>
    cells.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join("  ");
  console.log(`\n${format(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const line of lines) console.log(format(line));
  for (const r of rows.filter((row) => row.failing?.length)) {
    console.log(`\n${r.path}: audits that cost points`);
    for (const f of r.failing) {
      console.log(
        `  ${f.category.padEnd(14)} ${f.id} (${f.score})${f.value ? ` ${f.value}` : ""}: ${f.title}`,
      );
      for (const item of f.items) console.log(`      ${item}`);
    }
  }
}

async function waitForServer(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
