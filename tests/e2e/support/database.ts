import Database from "better-sqlite3";
import pg from "pg";
import { databaseTarget, pgConfig } from "../../../prisma/database-target.mjs";

// Straight reads and writes on the e2e database (SQLite file or PostgreSQL), for checks a page
// cannot show (rows really gone) and for faking time (a check-in "a few days ago").

/** Rows that still belong to a user id, read straight from the e2e database. */
export async function rowsOf(userId: string) {
  const tables = ["user", "session", "account", "Result", "Note", "RecoveryCode"] as const;
  const target = databaseTarget(process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db");
  const counts: Record<string, number> = {};
  if (target.provider === "sqlite") {
    const db = new Database(target.url.replace(/^file:/, ""), { readonly: true });
    for (const t of tables) {
      const column = t === "user" ? "id" : "userId";
      counts[t] = (
        db.prepare(`SELECT COUNT(*) AS n FROM "${t}" WHERE "${column}" = ?`).get(userId) as {
          n: number;
        }
      ).n;
    }
    db.close();
  } else {
    const client = new pg.Client(pgConfig(target.url));
    await client.connect();
    for (const t of tables) {
      const column = t === "user" ? "id" : "userId";
      const { rows } = await client.query<{ n: string }>(
        `SELECT COUNT(*) AS n FROM "${t}" WHERE "${column}" = $1`,
        [userId],
      );
      counts[t] = Number(rows[0]!.n);
    }
    await client.end();
  }
  return counts;
}

export async function userIdOf(email: string) {
  const target = databaseTarget(process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db");
  if (target.provider === "sqlite") {
    const db = new Database(target.url.replace(/^file:/, ""), { readonly: true });
    const row = db.prepare('SELECT "id" FROM "user" WHERE "email" = ?').get(email) as {
      id: string;
    };
    db.close();
    return row.id;
  }
  const client = new pg.Client(pgConfig(target.url));
  await client.connect();
  const { rows } = await client.query<{ id: string }>(
    'SELECT "id" FROM "user" WHERE "email" = $1',
    [email],
  );
  await client.end();
  return rows[0]!.id;
}

/** Moves a saved result back in time, as if it had been saved `days` ago. */
export async function backdateResult(resultId: string, days: number) {
  const when = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
  const target = databaseTarget(process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db");
  if (target.provider === "sqlite") {
    const db = new Database(target.url.replace(/^file:/, ""));
    db.prepare('UPDATE "Result" SET "createdAt" = ? WHERE "id" = ?').run(
      when.toISOString().replace("Z", "+00:00"),
      resultId,
    );
    db.close();
    return;
  }
  const client = new pg.Client(pgConfig(target.url));
  await client.connect();
  await client.query('UPDATE "Result" SET "createdAt" = $1 WHERE "id" = $2', [when, resultId]);
  await client.end();
}
