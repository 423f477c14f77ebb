// `npm start` on a fresh clone: build once if there is no production build yet, and give a
// build made with bare `next build` the CSP header rules that `npm run build` adds.
import { existsSync, readFileSync } from "node:fs";
import { run } from "./lib.mjs";

const cspFor = (file) => {
  try {
    return JSON.parse(readFileSync(file, "utf8")).buildId;
  } catch {
    return null;
  }
};

if (!existsSync(".next/BUILD_ID")) {
  console.log("No production build yet: building once (about a minute)…");
  run("npx", ["next", "build"]);
  run("node", ["scripts/csp-hashes.mjs"]);
} else if (cspFor(".next/csp-hashes.json") !== readFileSync(".next/BUILD_ID", "utf8").trim()) {
  run("node", ["scripts/csp-hashes.mjs"]);
}
