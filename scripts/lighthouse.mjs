// Lighthouse (mobile) for the production build, beside the framework floor:
//   npm run lighthouse [-- /path ...]
// Serves the app on a fresh SQLite database with one synthetic account, then audits home, a
// Learn article, the questionnaire's intro and questions, a result held in the device's cookie
// and the signed-in history, and the floor app's static and dynamic pages (bench/floor-app: a
// bare Next.js page on the same version and settings), so a score can be read against what the
// framework alone gets on this machine. Each page is audited LIGHTHOUSE_RUNS times (default 3)
// and the run with the median performance score is kept, as Lighthouse's docs advise.
// Prints scores, key metrics and first-load JavaScript per page, writes
// bench-results/lighthouse.json (median reports in bench-results/lighthouse/), and lists every
// audit that cost points. Exits non-zero only when a page could not be audited, never for a low
// score.
// Env: LIGHTHOUSE_PORT (default 3200; the floor uses the next port), LIGHTHOUSE_RUNS,
// LIGHTHOUSE_CPU_MULTIPLIER (default 4, Lighthouse's own; see the note printed at the end),
// CHROMIUM_PATH.
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { questionnaireItems, answersFor, seed } from "./bench/seed.mjs";
import {
  ARTICLE,
  FLOOR_DIR,
  ensureAppBuild,
  ensureFloorBuild,
  freshDatabase,
  startNext,
} from "./bench/servers.mjs";
import { newSecret } from "./support/app.mjs";
import { CHROMIUM_ARGS, chromiumPath } from "./support/chromium.mjs";

const port = Number(process.env.LIGHTHOUSE_PORT ?? 3200);
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const cpuSlowdownMultiplier = Number(process.env.LIGHTHOUSE_CPU_MULTIPLIER ?? 4);
const categories = ["performance", "accessibility", "best-practices", "seo"];
const databaseUrl = "file:./data/lighthouse.db";
const origin = `http://127.0.0.1:${port}`;

const pages = process.argv.slice(2).length
  ? process.argv.slice(2).map((p) => ({ path: p, server: "app" }))
  : [
      { path: "/", server: "app" },
      { path: ARTICLE, server: "app" },
      { path: "/reflect", server: "app" },
      { path: "/reflect/questions", server: "app" },
      { path: "/reflect/result", server: "app", as: "device" },
      { path: "/results", server: "app", as: "account" },
      { path: "/static", server: "floor" },
      { path: "/dynamic", server: "floor" },
    ];

ensureAppBuild();
const needsFloor = pages.some((p) => p.server === "floor");
if (needsFloor) ensureFloorBuild(statSync(path.join(".next/server/app", `${ARTICLE}.html`)).size);
freshDatabase(databaseUrl);

const servers = [];
let chrome;
const results = [];
let errors = 0;
try {
  const app = await startNext({
    port,
    readyPath: "/api/health",
    env: { DATABASE_URL: databaseUrl, SITE_URL: origin, BETTER_AUTH_SECRET: newSecret() },
  });
  servers.push(app);
  const floor = needsFloor
    ? await startNext({ cwd: FLOOR_DIR, port: port + 1, readyPath: "/static" })
    : null;
  if (floor) servers.push(floor);
  const cookies = await sessionCookies(app.origin, pages);

  chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  for (const page of pages) {
    const label = page.server === "floor" ? `floor ${page.path}` : page.path;
    const url = new URL(page.path, page.server === "floor" ? floor.origin : app.origin).toString();
    process.stdout.write(`Auditing ${label} ×${runs} …`);
    const audited = [];
    for (let i = 0; i < runs; i++) {
      const runnerResult = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: categories,
        throttling: { cpuSlowdownMultiplier },
        ...(page.as ? { extraHeaders: { Cookie: cookies[page.as] } } : {}),
      });
      const lhr = runnerResult?.lhr;
      if (!lhr || lhr.runtimeError) {
        audited.push({ error: lhr?.runtimeError?.message ?? "no result" });
        break;
      }
      audited.push({ lhr, report: runnerResult.report });
      process.stdout.write(` ${Math.round(lhr.categories.performance.score * 100)}`);
    }
    const failed = audited.find((a) => a.error);
    if (failed) {
      errors++;
      console.log(` error: ${failed.error}`);
      results.push({ page: label, url, error: failed.error });
      continue;
    }
    // The run with the median performance score stands for the page.
    const sorted = [...audited].sort(
      (a, b) => a.lhr.categories.performance.score - b.lhr.categories.performance.score,
    );
    const median = sorted[Math.floor((sorted.length - 1) / 2)];
    console.log(" (median kept)");
    results.push({
      ...summarise(label, median.lhr),
      performanceRuns: audited.map((a) => Math.round(a.lhr.categories.performance.score * 100)),
    });
    mkdirSync("bench-results/lighthouse", { recursive: true });
    const name = label.replace(/\W+/g, "-").replace(/^-|-$/g, "") || "home";
    writeFileSync(`bench-results/lighthouse/${name}.report.json`, median.report);
  }
} catch (error) {
  errors++;
  console.error(error);
} finally {
  await chrome?.kill();
  await Promise.all(servers.map((s) => s.stop()));
}

printTable(results);
const indexes = results.map((r) => r.benchmarkIndex).filter(Boolean);
const medianIndex = indexes.sort((a, b) => a - b)[Math.floor((indexes.length - 1) / 2)] ?? 0;
console.log(
  `\nCPU slowdown ${cpuSlowdownMultiplier}×. This machine's Lighthouse benchmark index: median ` +
    `${Math.round(medianIndex)} (${Math.round(Math.min(...indexes))}–${Math.round(Math.max(...indexes))}). ` +
    `Lighthouse's 4× default takes a high-end desktop (index 1500–2000) to a mid-tier phone; ` +
    `its docs (throttling.md) suggest 2× (1–5) from a low-end desktop (1000–1500). ` +
    `Set LIGHTHOUSE_CPU_MULTIPLIER to calibrate. The floor rows are the framework alone.`,
);
mkdirSync("bench-results", { recursive: true });
writeFileSync(
  "bench-results/lighthouse.json",
  JSON.stringify(
    {
      date: new Date().toISOString(),
      formFactor: "mobile",
      cpuSlowdownMultiplier,
      runsPerPage: runs,
      benchmarkIndex: { median: medianIndex, min: Math.min(...indexes), max: Math.max(...indexes) },
      results,
    },
    null,
    2,
  ) + "\n",
);
console.log("Wrote bench-results/lighthouse.json");
process.exit(errors ? 1 : 0);

/**
 * Cookies for the pages that need them: `device` holds a finished questionnaire's answers
 * (as after POST /reflect/score), `account` a session of an account with saved results.
 */
async function sessionCookies(appOrigin, list) {
  const cookies = {};
  if (!list.some((p) => p.as)) return cookies;
  const items = await questionnaireItems(appOrigin);
  const form = new URLSearchParams({ instrumentId: "secure-base-attachment", version: "1" });
  for (const [item, value] of Object.entries(answersFor(items, 3)))
    form.set(`q:${item}`, String(value));
  const scored = await fetch(`${appOrigin}/reflect/score`, {
    method: "POST",
    body: form,
    redirect: "manual",
  });
  if (scored.status !== 303) throw new Error(`POST /reflect/score answered ${scored.status}`);
  cookies.device = scored.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const person = await seed(appOrigin, items, { people: 1, mainResults: 8 });
  cookies.account = person.cookie;
  return cookies;
}

/** Scores out of 100, key metrics, first-load JS and every weighted audit that lost points. */
function summarise(label, lhr) {
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
  const scripts = (lhr.audits["network-requests"]?.details?.items ?? []).filter(
    (r) => r.resourceType === "Script",
  );
  return {
    page: label,
    url: lhr.finalDisplayedUrl,
    scores,
    metrics: {
      fcp: metric("first-contentful-paint"),
      lcp: metric("largest-contentful-paint"),
      tbt: metric("total-blocking-time"),
      cls: metric("cumulative-layout-shift"),
      si: metric("speed-index"),
    },
    // Compressed bytes of JavaScript the page loaded, and how many files.
    firstLoadJs: {
      bytes: scripts.reduce((n, r) => n + (r.transferSize ?? 0), 0),
      files: scripts.length,
    },
    failing,
    // Lighthouse's CPU score for this machine; a low one means the performance figures are
    // inflated by a slow or busy CPU.
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
  const header = [
    "page",
    "perf",
    "runs",
    "a11y",
    "best",
    "seo",
    "LCP",
    "TBT",
    "CLS",
    "JS kB",
    "CPU index",
  ];
  const lines = rows.map((r) =>
    r.error
      ? [r.page, "error", "", "", "", "", "", "", "", "", ""]
      : [
          r.page,
          String(r.scores.performance),
          r.performanceRuns.join("/"),
          String(r.scores.accessibility),
          String(r.scores["best-practices"]),
          String(r.scores.seo),
          r.metrics.lcp ?? "",
          r.metrics.tbt ?? "",
          r.metrics.cls ?? "",
          (r.firstLoadJs.bytes / 1000).toFixed(1),
          String(Math.round(r.benchmarkIndex ?? 0)),
        ],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells) =>
    cells.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join("  ");
  console.log(`\n${format(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const line of lines) console.log(format(line));
  for (const r of rows.filter((row) => row.failing?.length)) {
    console.log(`\n${r.page}: audits that cost points`);
    for (const f of r.failing) {
      console.log(
        `  ${f.category.padEnd(14)} ${f.id} (${f.score})${f.value ? ` ${f.value}` : ""}: ${f.title}`,
      );
      for (const item of f.items) console.log(`      ${item}`);
    }
  }
}
