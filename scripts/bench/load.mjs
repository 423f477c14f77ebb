// autocannon runs: 10 connections; each scenario measured in short rounds interleaved with the
// others, so that load from elsewhere on a shared machine hits app and floor alike.
import autocannon from "autocannon";

export const CONNECTIONS = 10;

function once(options) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, pipelining: 1, ...options }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

// Request numbers keep counting across a scenario's rounds, so generated bodies stay unique.
const counters = new WeakMap();

function optionsFor(scenario) {
  const next = () => {
    const n = counters.get(scenario) ?? 0;
    counters.set(scenario, n + 1);
    return n;
  };
  const request = {
    method: scenario.method ?? "GET",
    headers: scenario.headers ?? {},
    ...(scenario.makeBody
      ? { setupRequest: (req) => ({ ...req, body: scenario.makeBody(next()) }) }
      : { body: scenario.body }),
  };
  return { url: scenario.url, requests: [request] };
}

/** Runs `scenario` for `seconds` (a warm-up when `record` is false) and returns the round. */
export async function round(scenario, seconds) {
  const cpuBefore = scenario.server.cpuSeconds();
  const result = await once({ ...optionsFor(scenario), duration: seconds });
  const cpuSeconds = scenario.server.cpuSeconds() - cpuBefore;
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, Number(count)]),
  );
  const expected = scenario.status ?? 200;
  const unexpected = Object.entries(statuses)
    .filter(([code]) => Number(code) !== expected)
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    seconds,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / seconds,
    cpuSeconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    statuses,
    unexpected: unexpected + result.errors + result.timeouts,
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const sum = (rounds, key) => rounds.reduce((total, r) => total + r[key], 0);
const cpuMsPerRequest = (rounds) =>
  (1000 * sum(rounds, "cpuSeconds")) / Math.max(1, sum(rounds, "requests"));

const ratios = (rounds, floorRounds) => ({
  ratio: median(rounds.map((r, i) => r.requestsPerSecond / floorRounds[i].requestsPerSecond)),
  cpuRatio: cpuMsPerRequest(floorRounds) / cpuMsPerRequest(rounds),
});

/**
 * One scenario's rounds combined: req/s over all rounds, the median round's p50, the worst
 * round's p99, server CPU per request, and against a floor the median of the per-round req/s
 * ratios and the ratio of CPU per request (the floor's over this one's: capacity, like req/s,
 * but not skewed by other work on the machine).
 */
export function combine(rounds, floorRounds) {
  const seconds = sum(rounds, "seconds");
  const requests = sum(rounds, "requests");
  const statuses = {};
  for (const r of rounds) {
    for (const [code, n] of Object.entries(r.statuses)) statuses[code] = (statuses[code] ?? 0) + n;
  }
  return {
    requestsPerSecond: requests / seconds,
    latencyMs: {
      p50: median(rounds.map((r) => r.p50)),
      p99: Math.max(...rounds.map((r) => r.p99)),
    },
    requests,
    statuses,
    unexpected: sum(rounds, "unexpected"),
    cpuMsPerRequest: cpuMsPerRequest(rounds),
    rounds: rounds.map(({ requestsPerSecond, p50, p99 }) => ({ requestsPerSecond, p50, p99 })),
    ...(floorRounds ? ratios(rounds, floorRounds) : {}),
  };
}
