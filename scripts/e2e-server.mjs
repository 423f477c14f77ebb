// Serves the production build for the browser tests on a fresh database.
import { rmSync } from "node:fs";
import { spawn } from "node:child_process";
import { run } from "./lib.mjs";

const url = process.env.DATABASE_URL ?? "";
if (url.startsWith("file:")) {
  const file = url.slice("file:".length);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
}
// Builds if needed, and adds the CSP header rules to a build made with bare `next build`.
run("node", ["scripts/ensure-build.mjs"]);
run("node", ["scripts/db-prepare.mjs"]);
const server = spawn(
  "npx",
  ["next", "start", "-H", "127.0.0.1", "-p", process.env.E2E_PORT ?? "3100"],
  {
    stdio: "inherit",
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
