// A consistent backup of the database DATABASE_URL names, safe while the app runs:
//   npm run db:backup [-- <folder>]      (default folder: data/backups)
// SQLite: `VACUUM INTO` copies one read transaction's snapshot, so saves landing meanwhile
// are either wholly in the copy or not at all, and the app is never blocked (WAL). Prints
// the path of data/backups/secure-base-<timestamp>.db. Restore: README "Backups".
// PostgreSQL: runs pg_dump (custom format) when it is installed, else prints the command.
import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { databaseTarget, pgConfig } from "../prisma/database-target.mjs";

const target = databaseTarget();
const folder = path.resolve(process.argv[2] ?? "data/backups");
// Backups hold everyone's answers and notes: only the app's user may read them.
mkdirSync(folder, { recursive: true, mode: 0o700 });
const stamp = new Date().toISOString().replace(/[:.]/g, "-");

if (target.provider === "sqlite") backupSqlite();
else backupPostgres();

function backupSqlite() {
  const source = target.url.replace(/^file:/, "");
  const file = path.join(folder, `secure-base-${stamp}.db`);
  const db = new Database(source, { fileMustExist: true, timeout: 10_000 });
  try {
    db.prepare("VACUUM INTO ?").run(file);
  } finally {
    db.close();
  }
  chmodSync(file, 0o600);
  const copy = new Database(file, { readonly: true });
  const check = copy.pragma("integrity_check", { simple: true });
  const results = copy.prepare('SELECT COUNT(*) AS n FROM "Result"').get().n;
  copy.close();
  if (check !== "ok") {
    rmSync(file, { force: true });
    console.error(`✗ The copy failed its integrity check (${check}); nothing was kept.`);
    process.exit(1);
  }
  console.error(`✓ SQLite backup of ${source}: ${results} results, integrity ok`);
  console.log(file);
}

function backupPostgres() {
  const { host, port, user, password, database } = pgConfig(target.url);
  const file = path.join(folder, `secure-base-${stamp}.dump`);
  // Connection details go in the environment so that the password is not in `ps` output.
  const env = { PGHOST: host, PGPORT: String(port), PGUSER: user, PGDATABASE: database };
  const args = ["--format=custom", "--no-owner", `--file=${file}`];
  const shown = `${Object.entries(env)
    .map(([k, v]) => `${k}=${v}`)
    .join(" ")} PGPASSWORD=… pg_dump ${args.join(" ")}`;
  const dump = spawnSync("pg_dump", args, {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...env, ...(password ? { PGPASSWORD: password } : {}) },
  });
  if (dump.error?.code === "ENOENT") {
    console.error("pg_dump is not installed here (apt-get install postgresql-client). Run:");
    console.log(shown);
    process.exit(1);
  }
  if (dump.status !== 0) {
    rmSync(file, { force: true });
    console.error(`✗ pg_dump failed (exit ${dump.status}): ${shown}`);
    process.exit(1);
  }
  chmodSync(file, 0o600);
  console.error(`✓ PostgreSQL backup with: ${shown}`);
  console.error(
    `  Restore into an empty database: pg_restore --no-owner -d <DATABASE_URL> ${file}`,
  );
  console.log(file);
}
