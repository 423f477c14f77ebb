// `npm start`: runs `next start` in this process (same arguments), adding what it lacks for a
// clean stop behind a keep-alive proxy. On SIGTERM Next stops listening and waits for open
// connections to finish, but Node keeps a busy keep-alive connection open for its next request,
// so under steady traffic from nginx that wait never ends and the supervisor's SIGKILL cuts
// requests off. From the signal on, every response carries `Connection: close`, so each
// connection ends after the request it is serving. (Tried by scripts/crash/sigterm.test.mjs
// and the rolling restart in scripts/multi-instance.mjs.)
import diagnostics from "node:diagnostics_channel";
import { createRequire } from "node:module";

let draining = false;
const inFlight = new Set();
const servers = new Set();

diagnostics.subscribe("http.server.request.start", ({ response, server }) => {
  servers.add(server);
  if (draining) {
    response.shouldKeepAlive = false;
    return;
  }
  inFlight.add(response);
  response.on("close", () => inFlight.delete(response));
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  // Runs before Next's own handler, which closes the server and exits once it is idle.
  process.prependListener(signal, () => {
    if (draining) return;
    draining = true;
    for (const response of inFlight) response.shouldKeepAlive = false;
    // A response already under way keeps its connection open afterwards; close such
    // connections as soon as they fall idle rather than after the keep-alive timeout.
    setInterval(() => servers.forEach((server) => server.closeIdleConnections()), 50).unref();
  });
}

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
process.argv = [process.argv[0], nextBin, "start", ...process.argv.slice(2)];
require(nextBin);
