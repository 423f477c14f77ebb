import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "@/prisma/generated/postgres/client";
import { PrismaClient as SqliteClient } from "@/prisma/generated/sqlite/client";
import { databaseProvider, env } from "@/lib/env";

/** Both generated clients have the same models; the SQLite one stands for the shared type. */
export type Db = SqliteClient;

function createClient(): Db {
  if (databaseProvider === "postgresql") {
    const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: 10 });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  // Wait up to 5 s for a lock instead of failing at once when another writer holds it.
  return new SqliteClient({
    adapter: new PrismaBetterSQLite3({ url: env.DATABASE_URL, timeout: 5000 }),
  });
}

// One client per process; kept on globalThis so hot reload in development does not open more.
const globalForDb = globalThis as unknown as { secureBaseDb?: Db };
export const db = globalForDb.secureBaseDb ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.secureBaseDb = db;
