// Driver adapters for the Prisma CLI's WebAssembly schema engine (used by migrate deploy/diff),
// with small fixes for bugs in @prisma/adapter-* 6.19.3. See ../shared notes: stack.md.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { pgConfig } from "./database-target.mjs";

// PostgreSQL catalog types the adapter cannot deserialize ("name" and "char"), relabelled as text.
const CATALOG_TEXT_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

type PgField = { dataTypeID: number };
type PgIO = { performIO(query: SqlQuery): Promise<{ fields: PgField[] }> };

function relabelCatalogTypes<T extends SqlDriverAdapter>(adapter: T): T {
  const io = adapter as unknown as PgIO;
  const performIO = io.performIO.bind(adapter);
  io.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) {
      if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
    return result;
  };
  return adapter;
}

// Migrations are replayed in the shadow database through executeRaw, which runs one statement
// only; a query without parameters goes through executeScript instead.
function runScriptsWhole<T extends SqlDriverAdapter>(adapter: T): T {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    await adapter.executeScript(query.sql);
    return 0;
  };
  return adapter;
}

function postgresFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const config = { ...pgConfig(url), idleTimeoutMillis: 200 };
  const main = new PrismaPg(config);
  return {
    provider: "postgres",
    adapterName: main.adapterName,
    connect: async () => relabelCatalogTypes(await main.connect()),
    async connectToShadowDb() {
      const admin = new pg.Client(config);
      await admin.connect();
      const database = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
      await admin.query(`CREATE DATABASE "${database}"`);
      const shadow = runScriptsWhole(
        relabelCatalogTypes(await new PrismaPg({ ...config, database }).connect()),
      );
      const dispose = shadow.dispose.bind(shadow);
      // Close the shadow pool before dropping its database, or the drop fails.
      shadow.dispose = async () => {
        await dispose();
        await admin.query(`DROP DATABASE IF EXISTS "${database}"`);
        await admin.end();
      };
      return shadow;
    },
  };
}

function sqliteFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const main = new PrismaBetterSQLite3({ url });
  return {
    provider: "sqlite",
    adapterName: main.adapterName,
    connect: () => main.connect(),
    connectToShadowDb: async () => runScriptsWhole(await main.connectToShadowDb()),
  };
}

/** The adapter factory the Prisma CLI uses for the given database URL. */
export function migrationAdapter(url: string, provider: string) {
  return provider === "postgresql" ? postgresFactory(url) : sqliteFactory(url);
}
