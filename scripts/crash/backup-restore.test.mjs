// `npm run db:backup` while saves are landing, then the README's restore steps into a new
// folder: the restored app starts, is sound, and has every save acknowledged before the backup
// began (and nothing that was never sent).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import {
  headersFor,
  newSecret,
  pool,
  requireBuild,
  saveResult,
  signUp,
  startServer,
} from "../support/app.mjs";
import { freshSqlite, integrityCheck, resultsByKey } from "../support/database.mjs";

const PORT = Number(process.env.CRASH_PORT_BACKUP ?? 3540);
const WORKERS = 8;

/** Runs `npm run db:backup -- <folder>` without blocking the load; resolves the printed path. */
function backup(databaseUrl, folder) {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", "db:backup", "--", folder], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("exit", (code) =>
      code === 0 ? resolve(out.trim().split("\n").at(-1)) : reject(new Error(`exit ${code}`)),
    );
  });
}

test("a backup taken during saves restores into a working, complete app", async (t) => {
  requireBuild();
  const db = freshSqlite("backup");
  const restoreDir = mkdtempSync(path.join(tmpdir(), "secure-base-restore-"));
  const secret = newSecret();
  const servers = [];
  after(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    db.remove();
    rmSync(restoreDir, { recursive: true, force: true });
  });
  const live = await startServer({ port: PORT, databaseUrl: db.url, secret });
  servers.push(live);
  const people = await pool(5, 5, () => signUp(live.origin));

  const sent = new Set();
  const acked = new Map(); // clientRequestId → { id, person }
  let running = true;
  const load = Promise.all(
    Array.from({ length: WORKERS }, async (_, w) => {
      while (running) {
        const key = randomUUID();
        const person = people[w % people.length];
        sent.add(key);
        const { status, id } = await saveResult(live.origin, person, { clientRequestId: key });
        if (status !== 201) throw new Error(`save answered ${status}`);
        acked.set(key, { id, person });
      }
    }),
  );
  while (acked.size < 30) await sleep(10);
  const before = new Map(acked);
  const file = await backup(db.url, path.join(restoreDir, "backups"));
  const duringBackup = acked.size - before.size;
  while (acked.size < before.size + duringBackup + 10) await sleep(10); // saves go on after it
  running = false;
  await load;
  t.diagnostic(
    `backup ${path.basename(file)} taken with ${before.size} saves acknowledged, ` +
      `${duringBackup} more acknowledged while it ran, ${acked.size} in all`,
  );

  // README restore: stop the app, copy the backup over the database file, remove -wal/-shm, start.
  const restored = path.join(restoreDir, "secure-base.db");
  copyFileSync(file, restored);
  for (const suffix of ["-wal", "-shm"]) rmSync(restored + suffix, { force: true });
  const again = await startServer({
    port: PORT + 1,
    databaseUrl: `file:${restored}`,
    secret,
    viaNpm: true,
  });
  servers.push(again);

  assert.equal(integrityCheck(restored), "ok");
  const stored = await resultsByKey(`file:${restored}`);
  for (const [key, { id }] of before) assert.equal(stored.get(key), id, `save ${key} is restored`);
  for (const key of stored.keys()) assert.ok(sent.has(key), `restored ${key} was sent`);
  assert.ok(stored.size >= before.size && stored.size <= acked.size);

  // The restored app serves the restored data, to the same session cookies.
  const owner = before.values().next().value.person;
  const person = { ...owner, siteUrl: again.origin };
  const response = await fetch(`${again.origin}/api/export/json`, { headers: headersFor(person) });
  assert.equal(response.status, 200);
  const exported = new Set((await response.json()).results.map((r) => r.id));
  for (const saved of before.values()) {
    if (saved.person === owner) assert.ok(exported.has(saved.id), `export lists ${saved.id}`);
  }
  const fresh = await saveResult(again.origin, person, { clientRequestId: randomUUID() });
  assert.equal(fresh.status, 201, "the restored app saves");
  t.diagnostic(`restored ${stored.size} results; integrity ok; sessions and saving work`);
});
