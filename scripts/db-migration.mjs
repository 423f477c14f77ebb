// Creates a migration for both databases from the current schema, offline:
//   npm run db:migration -- <name>
// Each database's migrations are replayed in a shadow database and diffed against the schema:
// SQLite in memory; PostgreSQL in a throwaway local cluster (scripts/pg-temp.sh) unless
// MIGRATION_DATABASE_URL names a server whose role may create databases.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { capture, run, withTemporaryPostgres } from "./lib.mjs";

const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:migration -- <name>");
  process.exit(2);
}
run("node", ["scripts/db-generate.mjs"]);

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const pgUrl = process.env.MIGRATION_DATABASE_URL;
const targets = [
  {
    provider: "sqlite",
    dir: "prisma/migrations",
    from: ["--from-migrations", "prisma/migrations"],
    to: "prisma/schema.prisma",
  },
  {
    provider: "postgresql",
    dir: "prisma/postgres/migrations",
    from: ["--from-migrations", "prisma/postgres/migrations"],
    to: "prisma/postgres/schema.prisma",
  },
];

let created = 0;
for (const t of targets) {
  if (t.provider === "postgresql") {
    created += pgUrl ? write(t, pgUrl) : withTemporaryPostgres((url) => write(t, url));
  } else {
    created += write(t, "file::memory:");
  }
}
console.log(created ? "Now run: npm run db:deploy" : "Nothing to migrate.");

function write(t, url) {
  mkdirSync(t.dir, { recursive: true });
  const lock = path.join(t.dir, "migration_lock.toml");
  if (!existsSync(lock)) writeFileSync(lock, `provider = "${t.provider}"\n`);
  const diff = capture(
    "npx",
    ["prisma", "migrate", "diff", ...t.from, "--to-schema-datamodel", t.to, "--script"],
    { DATABASE_URL: url, PRISMA_PROVIDER: t.provider },
  );
  if (diff.status !== 0) {
    console.error(diff.stdout, diff.stderr);
    process.exit(1);
  }
  const sql = diff.stdout.trim();
  if (!sql || /^-- This is an empty migration\.?$/.test(sql)) {
    console.log(`${t.provider}: schema unchanged, no migration written`);
    return 0;
  }
  const folder = path.join(t.dir, `${stamp}_${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "migration.sql"), sql + "\n");
  console.log(`${t.provider}: wrote ${folder}/migration.sql`);
  return 1;
}
