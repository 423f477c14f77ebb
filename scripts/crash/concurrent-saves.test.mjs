// (a) 100 saves sent at once by 20 signed-in people all land, once each, and a retry of all
// 100 lands nothing new. SQLite by default; CRASH_DATABASE_URL=postgresql://... for PostgreSQL.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, test } from "node:test";
import { newSecret, pool, requireBuild, saveResult, signUp, startServer } from "../support/app.mjs";
import { countResultsOf, freshSqlite, migrate, resultIds } from "../support/database.mjs";

const PORT = Number(process.env.CRASH_PORT_CONCURRENT ?? 3510);
const PEOPLE = 20;
const SAVES = 100;

test(`${SAVES} concurrent saves from ${PEOPLE} accounts all land exactly once`, async (t) => {
  requireBuild();
  const pgUrl = process.env.CRASH_DATABASE_URL;
  const sqlite = pgUrl ? null : freshSqlite("concurrent");
  if (pgUrl) migrate(pgUrl);
  const url = pgUrl ?? sqlite.url;
  const server = await startServer({ port: PORT, databaseUrl: url, secret: newSecret() });
  after(async () => {
    await server.stop();
    sqlite?.remove();
  });

  const people = await pool(PEOPLE, 5, () => signUp(server.origin));
  const saves = Array.from({ length: SAVES }, (_, i) => ({
    person: people[i % PEOPLE],
    key: randomUUID(),
  }));
  const send = () =>
    Promise.all(
      saves.map(({ person, key }) => saveResult(server.origin, person, { clientRequestId: key })),
    );

  let started = performance.now();
  const first = await send();
  t.diagnostic(
    `${SAVES} concurrent saves answered in ${Math.round(performance.now() - started)} ms`,
  );
  assert.deepEqual(
    first.filter((r) => r.status !== 201),
    [],
    "every save is acknowledged with 201",
  );
  const ids = first.map((r) => r.id);
  assert.equal(new Set(ids).size, SAVES, "every save gets its own id");
  const emails = people.map((p) => p.email);
  assert.equal(await countResultsOf(url, emails), SAVES, `${SAVES} rows stored`);
  const stored = await resultIds(url);
  assert.ok(
    ids.every((id) => stored.has(id)),
    "every acknowledged id is stored",
  );

  started = performance.now();
  const retry = await send();
  t.diagnostic(
    `${SAVES} concurrent retries answered in ${Math.round(performance.now() - started)} ms`,
  );
  assert.deepEqual(
    retry.map((r) => r.status),
    Array(SAVES).fill(200),
    "retries answer 200",
  );
  assert.deepEqual(
    retry.map((r) => r.id),
    ids,
    "retries return the first ids",
  );
  assert.equal(await countResultsOf(url, emails), SAVES, "retries store nothing new");
});
