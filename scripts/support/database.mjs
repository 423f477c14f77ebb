// Direct database access for the crash and multi-instance scripts: what really landed, read
// without the app, on SQLite or PostgreSQL.
import Database from "better-sqlite3";
import pg from "pg";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { databaseTarget, pgConfig } from "../../prisma/database-target.mjs";
import { run } from "../lib.mjs";

/** A fresh, migrated SQLite database in a temporary folder; `remove()` deletes the folder. */
export function freshSqlite(label = "crash") {
  const dir = mkdtempSync(path.join(tmpdir(), `secure-base-${label}-`));
  const file = path.join(dir, "secure-base.db");
  const url = `file:${file}`;
  migrate(url);
  return { dir, file, url, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Creates (SQLite) and migrates the database at `url`, as `npm start` does. */
export function migrate(url) {
  run("node", ["scripts/db-prepare.mjs"], { DATABASE_URL: url });
}

/** Runs `fn(query)` with a connection; `query(sql, params)` resolves to rows on both databases. */
export async function withDatabase(url, fn) {
  const target = databaseTarget(url);
  if (target.provider === "sqlite") {
    const db = new Database(url.replace(/^file:/, ""), { fileMustExist: true, timeout: 5000 });
    try {
      return await fn((sql, params = []) => {
        const statement = db.prepare(sql.replace(/\$\d+/g, "?"));
        return Promise.resolve(
          statement.reader ? statement.all(...params) : statement.run(...params),
        );
      });
    } finally {
      db.close();
    }
  }
  const client = new pg.Client(pgConfig(url));
  await client.connect();
  try {
    return await fn(async (sql, params = []) => (await client.query(sql, params)).rows);
  } finally {
    await client.end();
  }
}

/** How many results are stored. */
export async function countResults(url) {
  return withDatabase(url, async (query) => {
    const [row] = await query('SELECT COUNT(*) AS n FROM "Result"');
    return Number(row.n);
  });
}

/** Every stored result id. */
export async function resultIds(url) {
  return withDatabase(url, async (query) => {
    const rows = await query('SELECT "id" FROM "Result"');
    return new Set(rows.map((row) => row.id));
  });
}

/** Stored results by their clientRequestId (results saved without one are left out). */
export async function resultsByKey(url) {
  return withDatabase(url, async (query) => {
    const rows = await query('SELECT "id", "clientRequestId" FROM "Result"');
    return new Map(rows.filter((r) => r.clientRequestId).map((r) => [r.clientRequestId, r.id]));
  });
}

/** SQLite's own consistency check: "ok" for a sound file. */
export function integrityCheck(file) {
  const db = new Database(file, { fileMustExist: true });
  try {
    return db
      .pragma("integrity_check")
      .map((row) => row.integrity_check)
      .join("; ");
  } finally {
    db.close();
  }
}

/** How many results belong to the accounts with these emails. */
export async function countResultsOf(url, emails) {
  return withDatabase(url, async (query) => {
    const placeholders = emails.map((_, i) => `$${i + 1}`).join(", ");
    const [row] = await query(
      `SELECT COUNT(*) AS n FROM "Result" r JOIN "user" u ON u."id" = r."userId" WHERE u."email" IN (${placeholders})`,
      emails,
    );
    return Number(row.n);
  });
}
