// `npm start` on a fresh clone: build once if there is no production build yet.
import { existsSync } from "node:fs";
import { run } from "./lib.mjs";

if (!existsSync(".next/BUILD_ID")) {
  console.log("No production build yet: building once (about a minute)…");
  run("npx", ["next", "build"]);
  run("node", ["scripts/csp-hashes.mjs"]);
}
