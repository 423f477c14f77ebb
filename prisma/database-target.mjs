// Which database a DATABASE_URL points at, shared by the Prisma config and the db scripts.
// Plain JavaScript so that Node scripts can import it without a TypeScript loader.
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/secure-base.db";

/** @param {string | undefined} url */
export function databaseTarget(url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL) {
  const provider = /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
  const root = provider === "sqlite" ? "prisma" : path.join("prisma", "postgres");
  return {
    url,
    provider,
    schema: path.join(root, "schema.prisma"),
    migrations: path.join(root, "migrations"),
  };
}

/** Connection fields for pg, given separately: a connection string would override `database`. */
export function pgConfig(url) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
  };
}
