// Helpers shared by the scripts in this folder.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Runs a command, inheriting stdio; exits the script when it fails. */
export function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(" ")} failed (exit ${result.status})`);
    process.exit(result.status ?? 1);
  }
}

/** Runs a command and returns its exit status and output without exiting. */
export function capture(command, args, env = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", env: { ...process.env, ...env } });
  return { status: result.status ?? 1, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

/** The PostgreSQL schema is the SQLite one with another provider and output folder. */
export function postgresSchemaFrom(sqliteSchemaPath = "prisma/schema.prisma") {
  const source = readFileSync(sqliteSchemaPath, "utf8");
  return (
    "// GENERATED from prisma/schema.prisma by `npm run db:generate`. Do not edit.\n" +
    source
      .replace('provider = "sqlite"', 'provider = "postgresql"')
      .replace(
        'url      = "file:./placeholder.db"',
        'url      = "postgresql://placeholder/placeholder"',
      )
      .replace('output     = "./generated/sqlite"', 'output     = "../generated/postgres"')
  );
}

/** Starts a throwaway PostgreSQL cluster, passes its URL to `fn`, and always removes it. */
export function withTemporaryPostgres(fn) {
  const dir = path.join(tmpdir(), `secure-base-pg-${process.pid}`);
  const port = String(56000 + (process.pid % 1000));
  const start = capture("bash", ["scripts/pg-temp.sh", "start", dir, port]);
  if (start.status !== 0) {
    console.error(start.stderr || start.stdout);
    console.error("Set MIGRATION_DATABASE_URL to a PostgreSQL server, or install PostgreSQL.");
    process.exit(1);
  }
  try {
    return fn(start.stdout.trim());
  } finally {
    capture("bash", ["scripts/pg-temp.sh", "stop", dir]);
  }
}
