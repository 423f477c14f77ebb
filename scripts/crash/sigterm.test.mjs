// (c) SIGTERM drains: `npm start` is sent SIGTERM (to its own process only, as `docker stop` or
// systemd's main-process signal would) while saves are in flight. The server stops accepting
// connections, answers every request it had accepted, and exits on its own.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import http from "node:http";
import net from "node:net";
import { after, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import {
  attachmentSubmission,
  headersFor,
  newSecret,
  pool,
  requireBuild,
  saveResult,
  signUp,
  startServer,
} from "../support/app.mjs";
import { freshSqlite, integrityCheck, resultsByKey } from "../support/database.mjs";

const PORT = Number(process.env.CRASH_PORT_SIGTERM ?? 3530);
const SLOW = 20;
const BURST = 30;

/**
 * A save whose body arrives in two parts, like an upload from a slow phone: the request is in
 * flight on the server until `finish()` sends the rest. Resolves `{ status, id }` or `{ error }`.
 */
function slowSave(port, person, key) {
  const body = JSON.stringify({ ...attachmentSubmission(), clientRequestId: key });
  const request = http.request({
    host: "127.0.0.1",
    port,
    path: "/api/results",
    method: "POST",
    agent: false,
    headers: { ...headersFor(person), "content-length": Buffer.byteLength(body) },
  });
  const done = new Promise((resolve) => {
    request.on("response", (response) => {
      let text = "";
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => {
        try {
          resolve({ status: response.statusCode, id: JSON.parse(text).id });
        } catch {
          resolve({ status: response.statusCode, body: text });
        }
      });
      response.on("error", (error) => resolve({ error: error.message }));
    });
    request.on("error", (error) => resolve({ error: error.message }));
  });
  request.write(body.slice(0, 200));
  return { done, finish: () => request.end(body.slice(200)), abort: () => request.destroy() };
}

function tryConnect(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => {
      socket.destroy();
      resolve("connected");
    });
    socket.on("error", (error) => resolve(error.code));
  });
}

test("SIGTERM lets in-flight saves finish, then the server exits", async (t) => {
  requireBuild();
  const db = freshSqlite("sigterm");
  const server = await startServer({
    port: PORT,
    databaseUrl: db.url,
    secret: newSecret(),
    viaNpm: true,
  });
  const slow = [];
  after(async () => {
    for (const request of slow) request.abort();
    await server.stop();
    db.remove();
  });
  const people = await pool(5, 5, () => signUp(server.origin));
  await Promise.all(people.map((person) => saveResult(server.origin, person))); // warm up

  const slowKeys = Array.from({ length: SLOW }, () => randomUUID());
  slowKeys.forEach((key, i) => slow.push(slowSave(PORT, people[i % people.length], key)));
  await sleep(1000); // every slow request's headers are in; the server waits for the bodies

  const burstKeys = Array.from({ length: BURST }, () => randomUUID());
  const burst = Promise.all(
    burstKeys.map((key, i) =>
      saveResult(server.origin, people[i % people.length], { clientRequestId: key }).catch(
        (error) => ({ error: error.cause?.code ?? error.message }),
      ),
    ),
  );
  await sleep(150); // some of the burst are being processed, some still queued
  const signalled = Date.now();
  server.signal("SIGTERM", { mainOnly: true });

  // The listener closes as soon as the signal is handled (give a loaded machine 5 s).
  let refused;
  for (let tries = 0; tries < 50 && refused !== "ECONNREFUSED"; tries++) {
    await sleep(100);
    refused = await tryConnect(PORT);
  }
  assert.equal(refused, "ECONNREFUSED", "no new connections after SIGTERM");
  const refusedAt = Date.now();

  for (const request of slow) request.finish();
  const slowResults = await Promise.all(slow.map((request) => request.done));
  assert.deepEqual(
    slowResults.filter((r) => r.status !== 201),
    [],
    "every in-flight slow save is answered 201",
  );
  const burstResults = await burst;
  const ended = await server.exited;
  const tookMs = Date.now() - signalled;
  const refusedAfterMs = refusedAt - signalled;
  assert.equal(ended.code, 143, `npm exits with 128+SIGTERM after draining (got ${ended.code})`);

  const stored = await resultsByKey(db.url);
  slowKeys.forEach((key, i) => assert.equal(stored.get(key), slowResults[i].id));
  let answered = 0;
  burstKeys.forEach((key, i) => {
    const result = burstResults[i];
    if (result.error) {
      // Not accepted: the connection was refused or closed before the request was read.
      assert.equal(stored.has(key), false, `request ${i} was saved but never answered`);
    } else {
      assert.equal(result.status, 201, `request ${i} answered ${result.status}`);
      assert.equal(stored.get(key), result.id);
      answered++;
    }
  });
  assert.equal(integrityCheck(db.file), "ok");
  t.diagnostic(
    `${SLOW} slow saves answered 201 after SIGTERM; burst of ${BURST}: ${answered} answered 201, ` +
      `${BURST - answered} refused before being read; new connections refused within ${refusedAfterMs} ms; exited ${tookMs} ms after SIGTERM`,
  );
});
