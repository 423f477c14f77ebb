// Builds and starts the two servers the benchmark compares: the app and the framework floor.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { run } from "../lib.mjs";

const NEXT = path.resolve("node_modules/next/dist/bin/next");
export const FLOOR_DIR = path.resolve("bench/floor-app");
export const ARTICLE = "/learn/emotional-security";

/** Builds the app (with its CSP hashes) when there is no production build yet. */
export function ensureAppBuild() {
  if (existsSync(".next/BUILD_ID")) return;
  console.log("No production build yet: running npm run build…");
  run("npm", ["run", "build"]);
}

function buildFloor(pad) {
  const result = spawnSync(process.execPath, [NEXT, "build"], {
    cwd: FLOOR_DIR,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FLOOR_PAD_BYTES: String(pad) },
  });
  if (result.status !== 0) throw new Error("Building bench/floor-app failed.");
  return statSync(path.join(FLOOR_DIR, ".next/server/app/static.html")).size;
}

// The floor's own files and the Next.js version: a change to either needs a new floor build.
function floorSourceHash() {
  const hash = createHash("sha256").update(readFileSync("node_modules/next/package.json"));
  const files = readdirSync(FLOOR_DIR, { recursive: true })
    .filter((file) => !file.startsWith(".next") && /\.(m?js|json)$/.test(file))
    .sort();
  for (const file of files) hash.update(file).update(readFileSync(path.join(FLOOR_DIR, file)));
  return hash.digest("hex");
}

/**
 * Builds the floor app so that its static page's HTML is as large as the Learn article's (within
 * 2 %). The padding appears twice, in the HTML and in the flight data, so one measured build
 * gives the fixed part and at most one more build lands on the size. Reused while it still fits.
 */
export function ensureFloorBuild(targetBytes) {
  const marker = path.join(FLOOR_DIR, ".next/bench-pad.json");
  const fits = (bytes) => Math.abs(bytes - targetBytes) / targetBytes <= 0.02;
  const sources = floorSourceHash();
  if (existsSync(marker)) {
    const previous = JSON.parse(readFileSync(marker, "utf8"));
    if (previous.sources === sources && fits(previous.bytes)) return previous;
  }
  console.log(`Building the floor app padded to ${targetBytes} bytes of HTML…`);
  let pad = Math.max(0, Math.round((targetBytes - 5000) / 2));
  let bytes = buildFloor(pad);
  if (!fits(bytes)) {
    pad = Math.max(0, Math.round((targetBytes - (bytes - 2 * pad)) / 2));
    bytes = buildFloor(pad);
  }
  const built = { pad, bytes, sources };
  writeFileSync(marker, JSON.stringify(built));
  return built;
}

/** Deletes and migrates a SQLite database file, so every run starts from the same state. */
export function freshDatabase(url) {
  const file = url.replace(/^file:/, "");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  run("node", ["scripts/db-prepare.mjs"], { DATABASE_URL: url });
}

/**
 * `next start -H 127.0.0.1` in `cwd`, in its own process group; resolves once `readyPath`
 * answers 200. `stop()` ends the group. `nodeArgs` go to Node (e.g. --cpu-prof).
 */
export async function startNext({
  cwd = process.cwd(),
  port,
  env = {},
  readyPath = "/",
  nodeArgs = [],
}) {
  const origin = `http://127.0.0.1:${port}`;
  const args = [...nodeArgs, NEXT, "start", "-H", "127.0.0.1", "-p", String(port)];
  const child = spawn(process.execPath, args, {
    cwd,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on("exit", resolve));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    await Promise.race([exited, sleep(10_000)]);
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start in ${cwd} exited:\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${origin}${readyPath} did not answer within 60 s:\n${output}`);
    }
    try {
      if ((await fetch(origin + readyPath)).ok) break;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  return { origin, stop, log: () => output, cpuSeconds: () => groupCpuSeconds(child.pid) };
}

/**
 * CPU seconds used so far by the processes of a group (Linux /proc; 0 elsewhere). CPU per
 * request stays meaningful when other work on the machine slows every request down.
 */
function groupCpuSeconds(pgid) {
  let ticks = 0;
  let entries = [];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const pid of entries) {
    try {
      // Fields after the command name: state is field 3; pgrp 5; utime 14; stime 15.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / 100;
}
