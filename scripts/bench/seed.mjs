// Synthetic accounts and saved results, made through the app's own HTTP endpoints: better-auth's
// sign-up (so password hashes are real) and POST /api/results (so results are scored as usual).
import { headersFor, pool, signUp } from "../support/app.mjs";

/** The questionnaire's item ids, read from its form (`q:<item>` radio groups). */
export async function questionnaireItems(origin) {
  const html = await (await fetch(`${origin}/reflect/questions`)).text();
  const items = [...new Set([...html.matchAll(/name="q:([^"]+)"/g)].map((m) => m[1]))];
  if (items.length === 0) throw new Error("No questionnaire items found on /reflect/questions.");
  return items;
}

/** Answers 1-7 for every item, varied by `seed`. */
export function answersFor(items, seed) {
  return Object.fromEntries(items.map((item, i) => [item, 1 + ((seed * 5 + i * 3) % 7)]));
}

/** A JSON body for POST /api/results. */
export function saveBody(items, seed, clientRequestId) {
  return JSON.stringify({
    instrumentId: "secure-base-attachment",
    version: 1,
    answers: answersFor(items, seed),
    clientRequestId,
  });
}

async function save(origin, person, items, seed, key) {
  const response = await fetch(`${origin}/api/results`, {
    method: "POST",
    headers: headersFor(person),
    body: saveBody(items, seed, key),
  });
  if (response.status !== 201)
    throw new Error(`Seeding a result failed: ${response.status} ${await response.text()}`);
}

/**
 * Signs up `people` accounts and saves results for each; the first ("main") account gets
 * `mainResults`, the others `otherResults`. Returns the main account (with its cookie).
 */
export async function seed(origin, items, { people = 5, mainResults = 40, otherResults = 5 } = {}) {
  const accounts = [];
  for (let i = 0; i < people; i++) {
    accounts.push(
      await signUp(origin, { email: `bench-${i}-${Date.now().toString(36)}@example.test` }),
    );
  }
  for (const [index, person] of accounts.entries()) {
    const count = index === 0 ? mainResults : otherResults;
    await pool(count, 4, (n) => save(origin, person, items, n, `seed-${index}-${n}`));
  }
  return accounts[0];
}
