// The benchmark's table and JSON.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const fixed = (n, digits = 0) => (n === undefined || n === null ? "" : n.toFixed(digits));

/** Adds each scenario's verdict against its target. */
export function judge(results, scenarios) {
  for (const scenario of scenarios) {
    const row = results[scenario.id];
    if (!row) continue;
    if (scenario.minRatio !== undefined) {
      row.target = `≥ ${scenario.minRatio}× ${scenario.floor}`;
      row.met = row.ratio !== undefined && row.ratio >= scenario.minRatio;
    } else if (scenario.maxP99Ms !== undefined) {
      row.target = `p99 < ${scenario.maxP99Ms} ms`;
      row.met = row.latencyMs.p99 < scenario.maxP99Ms;
    }
    if (row.unexpected > 0) row.met = false;
  }
  return results;
}

/** Prints the table. */
export function printTable(results, scenarios) {
  const header = [
    "scenario",
    "req/s",
    "p50 ms",
    "p99 ms",
    "ratio",
    "CPU ms/req",
    "CPU ratio",
    "target",
    "",
  ];
  const rows = scenarios
    .filter((s) => results[s.id])
    .map((s) => {
      const r = results[s.id];
      const verdict = r.met === undefined ? "" : r.met ? "✓" : "✗";
      const broken =
        r.unexpected > 0
          ? ` ${r.unexpected} unexpected responses: ${JSON.stringify(r.statuses)}`
          : "";
      return [
        s.id,
        fixed(r.requestsPerSecond),
        fixed(r.latencyMs.p50, 1),
        fixed(r.latencyMs.p99, 1),
        r.ratio ? `${fixed(r.ratio, 2)}×` : "",
        fixed(r.cpuMsPerRequest, 2),
        r.cpuRatio ? `${fixed(r.cpuRatio, 2)}×` : "",
        r.target ?? "",
        verdict + broken,
      ];
    });
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => String(row[i]).length)),
  );
  const line = (cells) =>
    cells
      .map((c, i) =>
        i === 0 || i >= 7 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]),
      )
      .join("  ");
  console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const row of rows) console.log(line(row));
  const slug = results["floor-static/[slug]"];
  if (slug?.ratio && results.learn) {
    const vs = (key) => fixed(results.learn[key] / slug[key], 2);
    console.log(
      `learn against the static floor at a [slug] route, the shape of its own: ${vs("requestsPerSecond")}× req/s.`,
    );
  }
  const proxy = results["floor-static+proxy"];
  if (proxy?.ratio) {
    console.log(`A proxy in front of a static page leaves ${fixed(proxy.ratio, 2)}× of its req/s.`);
  }
  const route = results["floor-route"];
  if (route && results.saving) {
    // Little's law: with 10 connections always busy, latency is about 10 / throughput, so a
    // p99 target is a throughput target; the floor shows what the framework alone reaches.
    console.log(
      `The route floor (a bare route handler reading the same JSON) answers at p99 ${fixed(route.latencyMs.p99)} ms ` +
        `with ${fixed(route.cpuMsPerRequest, 2)} ms of CPU per request; saving needs ${fixed(results.saving.cpuMsPerRequest, 2)} ms.`,
    );
  }
}

/** Writes bench-results/bench.json. */
export function writeJson(file, data) {
  mkdirSync(path.dirname(file), { recursive: true });
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
  writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), machine, ...data }, null, 2)}\n`,
  );
}
