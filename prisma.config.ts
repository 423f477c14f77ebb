import { defineConfig } from "prisma/config";
import { migrationAdapter } from "./prisma/cli-adapter";
import { databaseTarget } from "./prisma/database-target.mjs";

// Prisma does not read .env when a config file exists; lib/env.ts and the scripts pass
// DATABASE_URL through. PRISMA_PROVIDER picks the schema when generating both clients.
const target = databaseTarget();
const provider = process.env.PRISMA_PROVIDER ?? target.provider;
const schemaRoot = provider === "postgresql" ? "prisma/postgres" : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `${schemaRoot}/schema.prisma`,
  migrations: { path: `${schemaRoot}/migrations` },
  adapter: () => Promise.resolve(migrationAdapter(target.url, provider)),
});
