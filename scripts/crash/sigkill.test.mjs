// (b) The server killed with SIGKILL in the middle of a save load, then restarted, still has
// every save it acknowledged, and the SQLite file is sound. Three kills at different moments.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { newSecret, pool, requireBuild, saveResult, signUp, startServer } from "../support/app.mjs";
import { freshSqlite, integrityCheck, resultIds } from "../support/database.mjs";

const PORT = Number(process.env.CRASH_PORT_SIGKILL ?? 3520);
const WORKERS = 16;
// Kill after this many acknowledged saves: just after warm-up, then deeper into the load.
const ROUNDS = [5, 50, 120];

/** Saves without pause from `WORKERS` clients until the server stops answering. */
function saveLoad(origin, people) {
  const acked = new Map(); // clientRequestId → { id, person }
  let failures = 0;
  let running = true;
  const workers = Array.from({ length: WORKERS }, async (_, w) => {
    while (running) {
      const key = randomUUID();
      try {
        const person = people[w % people.length];
        const { status, id } = await saveResult(origin, person, { clientRequestId: key });
        if (status === 201) acked.set(key, { id, person });
        else throw new Error(`unexpected status ${status}`);
      } catch {
        failures++;
        // The server is gone: stop this worker once a few attempts have failed.
        if (failures > WORKERS * 3) running = false;
        await sleep(20);
      }
    }
  });
  return { acked, finished: Promise.all(workers), stop: () => (running = false) };
}

test("acknowledged saves survive SIGKILL and restart; the database stays sound", async (t) => {
  requireBuild();
  const db = freshSqlite("sigkill");
  const secret = newSecret();
  const start = () => startServer({ port: PORT, databaseUrl: db.url, secret });
  let server = await start();
  after(async () => {
    await server.stop();
    db.remove();
  });
  const people = await pool(10, 5, () => signUp(server.origin));
  const everAcked = new Map();

  for (const [round, afterAcks] of ROUNDS.entries()) {
    const load = saveLoad(server.origin, people);
    const began = Date.now();
    while (load.acked.size < afterAcks) {
      if (Date.now() - began > 120_000) throw new Error(`no ${afterAcks} saves within 2 minutes`);
      await sleep(5);
    }
    server.signal("SIGKILL");
    const ended = await server.exited;
    assert.equal(ended.signal, "SIGKILL", "the server was killed, not stopped");
    await load.finished;
    for (const [key, { id }] of load.acked) everAcked.set(key, id);

    assert.equal(integrityCheck(db.file), "ok", "PRAGMA integrity_check after the kill");
    const afterKill = await resultIds(db.url);
    const lost = [...everAcked.values()].filter((id) => !afterKill.has(id));
    assert.deepEqual(lost, [], "no acknowledged save is missing after the kill");
    t.diagnostic(
      `round ${round + 1}: killed after ${Date.now() - began} ms with ${load.acked.size} saves acknowledged; ${afterKill.size} rows in all, 0 acknowledged saves lost`,
    );

    server = await start();
    // Sessions survived too: the same cookies still save, and a retried key lands once.
    const [key, { id, person }] = [...load.acked].at(-1);
    const retry = await saveResult(server.origin, person, { clientRequestId: key });
    assert.deepEqual([retry.status, retry.id], [200, id], "a retried save lands once");
    const fresh = await saveResult(server.origin, people[1], { clientRequestId: randomUUID() });
    assert.equal(fresh.status, 201, "the restarted server saves");
    everAcked.set(randomUUID(), fresh.id);
  }
  const final = await resultIds(db.url);
  assert.ok([...everAcked.values()].every((id) => final.has(id)));
  assert.equal(integrityCheck(db.file), "ok");
});
