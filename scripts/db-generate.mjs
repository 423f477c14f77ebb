// Writes the PostgreSQL schema from the SQLite one and generates both Prisma clients,
// so that one build serves either database.
import { mkdirSync, writeFileSync } from "node:fs";
import { postgresSchemaFrom, run } from "./lib.mjs";

mkdirSync("prisma/postgres", { recursive: true });
writeFileSync("prisma/postgres/schema.prisma", postgresSchemaFrom());
for (const provider of ["sqlite", "postgresql"]) {
  run("npx", ["prisma", "generate"], {
    PRISMA_PROVIDER: provider,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  });
}
