// Fails when the schema and the committed migrations disagree (CI runs this), for the database
// DATABASE_URL names; also checks the generated PostgreSQL schema is current.
import { readFileSync } from "node:fs";
import { databaseTarget } from "../prisma/database-target.mjs";
import { capture, postgresSchemaFrom } from "./lib.mjs";

let failed = false;
if (readFileSync("prisma/postgres/schema.prisma", "utf8") !== postgresSchemaFrom()) {
  console.error("✗ prisma/postgres/schema.prisma is stale: run npm run db:generate");
  failed = true;
}
const target = databaseTarget();
const url = target.provider === "sqlite" ? "file::memory:" : target.url;
const diff = capture(
  "npx",
  [
    "prisma",
    "migrate",
    "diff",
    "--from-migrations",
    target.migrations,
    "--to-schema-datamodel",
    target.schema,
    "--exit-code",
    "--script",
  ],
  { DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
);
if (diff.status === 2) {
  console.error(
    `✗ ${target.provider}: the schema has changes no migration covers:\n${diff.stdout}`,
  );
  console.error("Create one with: npm run db:migration -- <name>");
  failed = true;
} else if (diff.status !== 0) {
  console.error(diff.stdout, diff.stderr);
  failed = true;
} else {
  console.log(`✓ ${target.provider}: migrations match the schema`);
}
process.exit(failed ? 1 : 0);
