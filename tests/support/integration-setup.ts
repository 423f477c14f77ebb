// Gives the integration tests a real, freshly migrated database: a temporary SQLite file, or the
// PostgreSQL database named by TEST_DATABASE_URL (CI runs the suite against both).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export default function setup() {
  const pg = process.env.TEST_DATABASE_URL;
  const dir = pg ? null : mkdtempSync(path.join(tmpdir(), "secure-base-test-"));
  const url = pg ?? `file:${path.join(dir!, "test.db")}`;
  process.env.DATABASE_URL = url;
  execFileSync("node", ["scripts/db-prepare.mjs"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url },
  });
  return () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
