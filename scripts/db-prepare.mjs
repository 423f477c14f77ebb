// Creates (for SQLite) and migrates the database that DATABASE_URL names. Run by `npm start`,
// `npm run dev` and `npm run db:deploy`, so a fresh clone needs no setup step.
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { databaseTarget } from "../prisma/database-target.mjs";
import { capture } from "./lib.mjs";

const target = databaseTarget();
if (target.provider === "sqlite") {
  const file = target.url.replace(/^file:/, "");
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // WAL lets readers work during a write; the mode is stored in the file, so setting it once holds.
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.close();
}
const deploy = capture("npx", ["prisma", "migrate", "deploy"], {
  DATABASE_URL: target.url,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
});
if (deploy.status !== 0) {
  console.error(deploy.stdout, deploy.stderr);
  console.error(`✗ Could not migrate the ${target.provider} database.`);
  process.exit(1);
}
const applied = deploy.stdout.match(/following migration\(s\) have been applied/)
  ? "applied"
  : "up to date";
console.log(
  `✓ ${target.provider} database ${applied} (${target.provider === "sqlite" ? target.url : "DATABASE_URL"})`,
);
