// What the benchmark drives, and what each scenario is compared with.
import { ARTICLE } from "./servers.mjs";
import { answersFor, saveBody } from "./seed.mjs";

const bytesOf = async (url, headers = {}) =>
  (await (await fetch(url, { headers })).arrayBuffer()).byteLength;

/**
 * The scenarios, in the order they run in each round. The static floor is padded to the Learn
 * article's size; the dynamic floor is trivial; the route floor reads a save's JSON body and
 * answers 201, with no session, validation or database. (Padding it to the history page's 108 KB moved
 * its cost by about 2 %: what costs is rendering many elements and reading data, not bytes.)
 */
export async function buildScenarios({ app, floor, signedIn, items }) {
  const run = Date.now().toString(36);
  const scoreForm = new URLSearchParams({ instrumentId: "secure-base-attachment", version: "1" });
  for (const [item, value] of Object.entries(answersFor(items, 1)))
    scoreForm.set(`q:${item}`, String(value));

  const sizes = {
    article: await bytesOf(app.origin + ARTICLE),
    floorStatic: await bytesOf(`${floor.origin}/static`),
    floorDynamic: await bytesOf(`${floor.origin}/dynamic`),
    questionnaire: await bytesOf(`${app.origin}/reflect/questions`),
    history: await bytesOf(`${app.origin}/results`, signedIn),
  };

  const scenarios = [
    { id: "floor-static", server: floor, url: `${floor.origin}/static` },
    {
      id: "floor-static+proxy",
      server: floor,
      url: `${floor.origin}/proxied/static`,
      floor: "floor-static",
    },
    {
      id: "floor-static/[slug]",
      server: floor,
      url: `${floor.origin}/static-slug/article`,
      floor: "floor-static",
    },
    { id: "floor-dynamic", server: floor, url: `${floor.origin}/dynamic` },
    {
      id: "floor-route",
      server: floor,
      url: `${floor.origin}/api/echo`,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: saveBody(items, 1, "floor"),
      status: 201,
    },
    { id: "learn", server: app, url: app.origin + ARTICLE, floor: "floor-static", minRatio: 0.9 },
    {
      id: "questionnaire",
      server: app,
      url: `${app.origin}/reflect/questions`,
      floor: "floor-dynamic",
    },
    {
      id: "history",
      server: app,
      url: `${app.origin}/results`,
      headers: signedIn,
      floor: "floor-dynamic",
      minRatio: 0.8,
    },
    {
      id: "scoring",
      server: app,
      url: `${app.origin}/reflect/score`,
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: scoreForm.toString(),
      status: 303,
      floor: "floor-route",
    },
    {
      id: "saving",
      server: app,
      url: `${app.origin}/api/results`,
      method: "POST",
      headers: { ...signedIn, "content-type": "application/json" },
      // Each request saves a new result: its own idempotency key, varied answers.
      makeBody: (n) => saveBody(items, n, `bench-${run}-${n}`),
      status: 201,
      floor: "floor-route",
      maxP99Ms: 50,
    },
  ];
  return { scenarios, sizes };
}
